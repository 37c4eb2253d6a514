/**
 * A child process for the kill test: saves the project at `argv[2]` over and over, each time
 * with a new title, printing the title before each save. The test SIGKILLs it at random moments.
 */
import { openProjectFile, writeProjectFile } from '../src/node/projectIo';

const path = process.argv[2] as string;
for (let n = 0; ; n++) {
  const project = await openProjectFile(path);
  const title = `save ${process.pid}-${n} ${'x'.repeat(n % 50)}`;
  const course = { ...project.document.course, title: { ...project.document.course.title, en: title } };
  process.stdout.write(`${title}\n`);
  await writeProjectFile(path, course, project.assets, { name: 'OER Studio', version: 'kill-test' });
  project.assets.close();
}
