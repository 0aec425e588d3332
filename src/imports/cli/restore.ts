/**
 * `npm run db:restore -- <file> [--dry-run]`: checks the backup whole, then makes the imported
 * editions exactly the backup's in one transaction; a bad file changes nothing. A running
 * embedded server restores it for this command and serves it at once (data-command.ts).
 */
import { runDataCommandCli } from './data-command';

runDataCommandCli('restore');
