/**
 * `npm run db:backup -- <file>`: writes every imported edition to one file (see
 * backup/backup.format.ts), from the configured database; a running embedded server writes it
 * for this command (data-command.ts).
 */
import { runDataCommandCli } from './data-command';

runDataCommandCli('backup');
