import restify from 'restify';
import { Application, TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import { ActivityTypes } from 'botbuilder';

/** The framework's floor: a bare teams-ai Application that echoes, behind the same restify setup. No storage, no parsing. */
export function createEchoServer(): restify.Server {
  const adapter = new TeamsAdapter({});
  const app = new Application<TurnState>({ adapter, startTypingTimer: false, removeRecipientMention: true, longRunningMessages: false });
  app.activity(ActivityTypes.Message, async (context) => {
    await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
  });
  const server = restify.createServer({ name: 'echo' });
  server.use(restify.plugins.bodyParser({ maxBodySize: 1024 * 1024, mapParams: false }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, async (context) => {
      await app.run(context);
    });
  });
  return server;
}
