import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFileFromArgv } from './argv';

const cwd = resolve('/home/ana/courses');

describe('the course file on the command line', () => {
  it('finds the course in a packaged app’s argv, relative to the working folder', () => {
    expect(projectFileFromArgv(['/opt/OER Studio/oer-studio', 'intro.oercourse'], cwd)).toBe(
      resolve(cwd, 'intro.oercourse'),
    );
    expect(projectFileFromArgv(['oer-studio', '/tmp/a b/Курс.OERCOURSE'], cwd)).toBe(
      '/tmp/a b/Курс.OERCOURSE',
    );
  });

  it('skips the executable, the app folder in development, and switches', () => {
    expect(projectFileFromArgv(['electron', '.', '--inspect=5858', 'x.oercourse'], cwd)).toBe(
      resolve(cwd, 'x.oercourse'),
    );
    // A second instance's argv, as Electron hands it over, with switches it added.
    expect(
      projectFileFromArgv(
        [
          'C:\\Program Files\\OER Studio\\OER Studio.exe',
          '--allow-file-access-from-files',
          '--original-process-start-time=1',
          '--x.oercourse',
        ],
        cwd,
      ),
    ).toBeNull();
    expect(projectFileFromArgv(['oer-studio'], cwd)).toBeNull();
    expect(projectFileFromArgv([], cwd)).toBeNull();
    expect(projectFileFromArgv(['oer-studio', 'notes.txt', 'course.zip'], cwd)).toBeNull();
  });

  it('never takes the executable itself, and takes the last course when there are several', () => {
    expect(projectFileFromArgv(['/weird/path.oercourse'], cwd)).toBeNull();
    expect(projectFileFromArgv(['oer-studio', 'a.oercourse', 'b.oercourse'], cwd)).toBe(
      resolve(cwd, 'b.oercourse'),
    );
  });

  it('turns file:// URLs into paths', () => {
    expect(projectFileFromArgv(['oer-studio', 'file:///tmp/my%20course.oercourse'], cwd)).toBe(
      '/tmp/my course.oercourse',
    );
    expect(projectFileFromArgv(['oer-studio', 'file:///C:/Users/a/c.oercourse'], cwd)).toBe(
      'C:/Users/a/c.oercourse',
    );
  });
});
