/**
 * `npm run import -- <file.xlsx|file.csv> --edition 2017 [--mapping mapping.yaml] [--dry-run]
 *    [--title ... --publisher ... --published-on YYYY-MM-DD --licence ... --attribution ... --url ...]`
 * `npm run import -- --remove 2017`
 * Loads an edition of the Social Mobility Index into the configured database (DATABASE_URL or the
 * embedded one; a running embedded server runs it for this command, see data-command.ts):
 * everything is validated first and every problem reported with its sheet, row and column; then
 * the edition is written in one transaction. Exit 0 on success, 1 on problems.
 */
import { runDataCommandCli } from './data-command';

runDataCommandCli('import');
