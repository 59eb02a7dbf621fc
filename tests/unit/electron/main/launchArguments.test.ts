import { describe, expect, it } from 'vitest';
import { journeyPathsFromArgv } from '../../../../electron/main/launchArguments';
import { acceptedExtensions } from '../../../../shared/format/importers';

describe('journeyPathsFromArgv', () => {
  it('finds the maps named on the command line, made absolute', () => {
    const argv = ['/opt/Outside-In/outside-in', '--no-sandbox', 'maps/claim.journey', '/home/ana/B2B.JOURNEY', '--inspect=9229'];
    expect(journeyPathsFromArgv(argv, '/home/ana')).toEqual(['/home/ana/maps/claim.journey', '/home/ana/B2B.JOURNEY']);
  });

  it('takes PDFs too, as an exported report carries its map', () => {
    expect(journeyPathsFromArgv(['/opt/Outside-In/outside-in', 'reports/Claim.PDF', 'claim.journey'], '/home/ana')).toEqual(['/home/ana/reports/Claim.PDF', '/home/ana/claim.journey']);
  });

  it('ignores the executable, the app folder, switches and other files', () => {
    expect(journeyPathsFromArgv(['/usr/bin/electron', '/work/app', '--allow-file-access-from-files', 'notes.txt', '--file=x.journey'], '/')).toEqual([]);
  });

  it('takes a file of every type the importers read', () => {
    const named = acceptedExtensions().map((extension) => `/maps/file${extension}`);
    expect(journeyPathsFromArgv(['/opt/Outside-In/outside-in', ...named], '/')).toEqual(named);
  });
});
