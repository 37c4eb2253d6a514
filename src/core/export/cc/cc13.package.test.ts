import { describePackageMatrix } from '../../../../test-support/formatMatrix';

describePackageMatrix('cc13');
