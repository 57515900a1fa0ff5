import type { Config } from '../src/config/load-config';

/**
 * botbuilder's authentication settings for a bot with an app id (none in local mode). Setting any
 * one of the URL settings switches botbuilder to "all given" mode, where anything left out counts
 * as undefined (a valid token would then be refused: expected issuer undefined), so all are given,
 * with Microsoft's public-cloud values except the two key documents, which config may move.
 */
export function botAuthSettings(config: Config): Record<string, string | boolean | undefined> | undefined {
  if (config.localMode) return undefined;
  return {
    MicrosoftAppId: config.appId,
    MicrosoftAppPassword: config.appPassword,
    MicrosoftAppTenantId: config.tenantId,
    MicrosoftAppType: config.appType,
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
    ToChannelFromBotOAuthScope: 'https://api.botframework.com',
    ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
    OAuthUrl: 'https://api.botframework.com',
    ToBotFromChannelOpenIdMetadataUrl: config.openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: config.emulatorOpenIdMetadataUrl,
    CallerId: 'urn:botframework:azure',
  };
}
