import { CallerIdConstants } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import type { Config } from '../src/config/load-config';

/**
 * botbuilder's authentication settings for a bot with an app id (none in local mode). Setting any
 * one of the URL settings switches botbuilder to "all given" mode, where anything left out counts
 * as undefined (a valid token would then be refused: expected issuer undefined), so all are given,
 * with botbuilder's own public-cloud values except the two key documents, which config may move.
 */
export function botAuthSettings(config: Config): Record<string, string | boolean | undefined> | undefined {
  if (config.localMode) return undefined;
  return {
    MicrosoftAppId: config.appId,
    MicrosoftAppPassword: config.appPassword,
    MicrosoftAppTenantId: config.tenantId,
    MicrosoftAppType: config.appType,
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: config.openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: config.emulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}
