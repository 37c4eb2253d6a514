import { describePackageMatrix } from '../../../../test-support/formatMatrix';

describePackageMatrix('web');
