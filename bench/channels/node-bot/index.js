// The comparison bot for bench/channels: BotCare's recovery conversation shape as a plain waterfall on the
// official Bot Framework SDK for Node (botbuilder 4.23.3), with in-memory state. No language understanding:
// it asks the same questions in the same order and says the same things, so the load driver checks it the
// same way. Usage: node index.js <port>
'use strict';

const http = require('http');
const {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  MemoryStorage,
  UserState
} = require('botbuilder');
const { ComponentDialog, ConfirmPrompt, DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog } = require('botbuilder-dialogs');

const port = Number(process.argv[2] || 3979);
const storage = new MemoryStorage();
const conversationState = new ConversationState(storage);
const userState = new UserState(storage);

class RecoveryDialog extends ComponentDialog {
  constructor() {
    super('recovery');
    this.addDialog(new TextPrompt('text'));
    this.addDialog(new ConfirmPrompt('confirm'));
    this.addDialog(new WaterfallDialog('steps', [
      async (step) => {
        step.values.story = step.context.activity.text;
        return step.prompt('text', "I'm sorry, that's frustrating. Is there anything else that went wrong?");
      },
      async (step) => step.prompt('text', "Could you give me the order or booking number? If you don't have it to hand, just say so."),
      async (step) => {
        step.values.order = step.result;
        return step.prompt('confirm', `Let me make sure I have it right: ${step.values.story}. Is that right?`);
      },
      async (step) => step.prompt('text', 'Thank you for telling us; it helps us catch faulty products. What would make this right for you?'),
      async (step) => step.prompt('confirm', "Of course. I'll send you a replacement today by express shipping. Shall I go ahead?"),
      async (step) => {
        await step.context.sendActivity(`Done: the replacement ships today by express. Your reference is RPL-${step.values.order}-1.`);
        return step.prompt('text', 'One last thing: is there anything we could have done to avoid this?');
      },
      async (step) => {
        await step.context.sendActivity("Thank you, that's genuinely useful. I've passed it on to the team. Take care.");
        return step.endDialog();
      }
    ]));
    this.initialDialogId = 'steps';
  }
}

class RecoveryBot extends ActivityHandler {
  constructor() {
    super();
    const dialogState = conversationState.createProperty('DialogState');
    const dialogs = new DialogSet(dialogState);
    dialogs.add(new RecoveryDialog());

    this.onMembersAdded(async (context, next) => {
      const greeted = context.activity.membersAdded.some((m) => m.id !== context.activity.recipient.id);
      if (greeted) {
        await context.sendActivity("Hi, I'm BotCare. I'm here to help put things right. What happened?");
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      const dc = await dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) {
        await dc.beginDialog('recovery');
      }
      await next();
    });
  }

  async run(context) {
    await super.run(context);
    await conversationState.saveChanges(context, false);
    await userState.saveChanges(context, false);
  }
}

// No MicrosoftAppId: authentication off, as for BotCare in the same benchmark.
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error(error);
  await context.sendActivity('The bot encountered an error.');
};
const bot = new RecoveryBot();

// A minimal bridge from Node's http module to the request/response shapes CloudAdapter.process expects.
const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/api/messages') {
    res.statusCode = req.url === '/healthz' ? 200 : 404;
    res.end();
    return;
  }

  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', async () => {
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch (e) {
      res.statusCode = 400;
      res.end();
      return;
    }

    const request = { body, headers: req.headers, method: req.method };
    const response = {
      socket: res.socket,
      header: (name, value) => res.setHeader(name, value),
      status: (code) => { res.statusCode = code; },
      send: (payload) => {
        if (payload !== undefined) {
          res.setHeader('Content-Type', 'application/json');
          res.write(typeof payload === 'string' ? payload : JSON.stringify(payload));
        }
      },
      end: () => res.end()
    };
    try {
      await adapter.process(request, response, (context) => bot.run(context));
    } catch (e) {
      console.error(e);
      if (!res.writableEnded) {
        res.statusCode = 500;
        res.end();
      }
    }
  });
});

server.keepAliveTimeout = 65000;
server.listen(port, '127.0.0.1', () => console.log(`node bot listening on ${port}`));
