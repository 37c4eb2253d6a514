import { describePackageMatrix } from '../../../../test-support/formatMatrix';

describePackageMatrix('scorm12');
