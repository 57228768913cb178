import { runMain } from 'citty';
import { evalEntitiesCommand } from '../../commands/eval-entities';
void runMain(evalEntitiesCommand);
