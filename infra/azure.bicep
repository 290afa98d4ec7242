// Azure resources for the RSJ governance bot, one resource group per instance:
//  - a user-assigned managed identity: the bot's identity towards Teams (Azure Bot, UserAssignedMSI),
//    Cosmos DB (data-plane role) and Key Vault (secret references) - no passwords anywhere;
//  - App Service (Linux, Node 22 LTS) running the built bot with `node dist/src/index.js`;
//  - Azure Bot with the Teams channel;
//  - Cosmos DB serverless with the containers the storage declares (cosmos-containers.json), key auth off;
//  - Key Vault (RBAC) holding the export-link secret and the notify token;
//  - Application Insights on a Log Analytics workspace, plus the App Service logs in the same workspace.
// Deploy with `m365agents provision --env dev` or `az deployment group create` (docs/beheer.md).

@maxLength(20)
@minLength(4)
@description('Used to name every resource of this instance (letters and digits).')
param resourceBaseName string

param location string = resourceGroup().location

@description('App Service plan SKU. B1 is enough for one region; use P0v3 or higher for several instances.')
param webAppSku string = 'B1'

@minValue(1)
@maxValue(10)
@description('App Service instances. The Teams budget of 50 requests/s per app is divided over them.')
param instanceCount int = 1

@maxLength(42)
param botDisplayName string = 'RSJ Governance'

@description('Azure Bot SKU: F0 is free for the Teams channel.')
param botServiceSku string = 'F0'

@description('Region file under config/regions (for example ijsselland).')
param region string = 'ijsselland'

@description('Public base URL of the bot (custom domain). Empty: the App Service host name.')
param publicUrl string = ''

@secure()
@description('Signs export download links; at least 16 characters. Written to Key Vault only when given, so a later deployment without it keeps the stored value.')
param exportSecret string = ''

@secure()
@description('Bearer token for POST /api/notify. Written to Key Vault only when given (same rule as exportSecret).')
param notifyToken string = ''

@allowed([ 'on', 'off' ])
@description('on: install the app for recipients without a chat through Microsoft Graph (needs TeamsAppInstallation.ReadWriteForUser.All for the identity, see docs/beheer.md).')
param graphAppInstall string = 'off'

@description('Id of the app in the organisation app catalog (teamsApp id, not the manifest id). Required when graphAppInstall is true.')
param teamsAppCatalogId string = ''

@description('Object id of an administrator (user or group) who may run the import, ingest and migrate CLIs against Cosmos DB and read or rotate the Key Vault secrets. Empty: nobody besides the app.')
param administratorPrincipalId string = ''

@allowed([ 'User', 'Group', 'ServicePrincipal' ])
param administratorPrincipalType string = 'User'

@description('Log retention in the Log Analytics workspace.')
param logRetentionDays int = 30

var cosmosAccountName = toLower('${resourceBaseName}-cosmos')
var cosmosDatabaseName = 'rsj-governance'
var keyVaultName = take('${toLower(resourceBaseName)}kv${uniqueString(resourceGroup().id)}', 24)
var exportSecretName = 'export-secret'
var notifyTokenName = 'notify-token'
// Built-in roles: Key Vault Secrets User, and Cosmos DB Built-in Data Contributor (data plane).
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'
var keyVaultSecretsOfficerRoleId = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
var cosmosDataContributorRoleId = '00000000-0000-0000-0000-000000000002'
var containers = loadJsonContent('cosmos-containers.json')
var botHostName = webApp.properties.defaultHostName
var baseUrl = empty(publicUrl) ? 'https://${botHostName}' : publicUrl

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: resourceBaseName
  location: location
}

// ---------- Monitoring ----------

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: logRetentionDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
    DisableLocalAuth: false
  }
}

// ---------- Cosmos DB ----------

resource cosmosAccount 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: cosmosAccountName
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
    locations: [ { locationName: location, failoverPriority: 0, isZoneRedundant: false } ]
    capabilities: [ { name: 'EnableServerless' } ]
    minimalTlsVersion: 'Tls12'
    // Only Microsoft Entra identities with a data-plane role may read or write; account keys are refused.
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    backupPolicy: {
      type: 'Continuous'
      continuousModeProperties: { tier: 'Continuous7Days' }
    }
  }
}

resource cosmosDatabase 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = {
  parent: cosmosAccount
  name: cosmosDatabaseName
  properties: { resource: { id: cosmosDatabaseName } }
}

// One container per entry of cosmos-containers.json: the same file the app reads, so they never drift.
resource cosmosContainers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = [
  for c in containers: {
    parent: cosmosDatabase
    name: c.id
    properties: {
      resource: {
        id: c.id
        partitionKey: { paths: [ c.partitionKeyPath ], kind: 'Hash', version: 2 }
        indexingPolicy: c.indexingPolicy
        defaultTtl: c.defaultTtl
      }
    }
  }
]

resource cosmosDataRole 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = {
  parent: cosmosAccount
  name: guid(cosmosAccount.id, identity.id, cosmosDataContributorRoleId)
  properties: {
    roleDefinitionId: '${cosmosAccount.id}/sqlRoleDefinitions/${cosmosDataContributorRoleId}'
    principalId: identity.properties.principalId
    scope: cosmosAccount.id
  }
}

resource cosmosAdministratorDataRole 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = if (!empty(administratorPrincipalId)) {
  parent: cosmosAccount
  name: guid(cosmosAccount.id, administratorPrincipalId, cosmosDataContributorRoleId)
  properties: {
    roleDefinitionId: '${cosmosAccount.id}/sqlRoleDefinitions/${cosmosDataContributorRoleId}'
    principalId: administratorPrincipalId
    scope: cosmosAccount.id
  }
}

// ---------- Key Vault ----------

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource exportSecretValue 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(exportSecret)) {
  parent: keyVault
  name: exportSecretName
  properties: { value: exportSecret, contentType: 'text/plain' }
}

resource notifyTokenValue 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(notifyToken)) {
  parent: keyVault
  name: notifyTokenName
  properties: { value: notifyToken, contentType: 'text/plain' }
}

resource keyVaultSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: keyVault
  name: guid(keyVault.id, identity.id, keyVaultSecretsUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource keyVaultAdministrator 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(administratorPrincipalId)) {
  scope: keyVault
  name: guid(keyVault.id, administratorPrincipalId, keyVaultSecretsOfficerRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsOfficerRoleId)
    principalId: administratorPrincipalId
    principalType: administratorPrincipalType
  }
}

// ---------- App Service ----------

resource serverfarm 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: resourceBaseName
  location: location
  kind: 'app,linux'
  sku: { name: webAppSku, capacity: instanceCount }
  properties: { reserved: true }
}

resource webApp 'Microsoft.Web/sites@2024-04-01' = {
  name: resourceBaseName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      // Built once at deploy (dist/); no TypeScript at start.
      appCommandLine: 'node dist/src/index.js'
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: webApp
  name: 'ftp'
  properties: { allow: false }
}

// Separate from the site so the settings can use the site's own host name.
resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: webApp
  name: 'appsettings'
  properties: {
    // Deployment: the zip holds dist/ without node_modules; App Service installs the production
    // dependencies on Linux (native modules match the runtime) and does not compile again.
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'true'
    CUSTOM_BUILD_COMMAND: 'npm ci --omit=dev --no-audit --no-fund'
    NODE_ENV: 'production'
    PORT: '8080'
    // Bot identity: the user-assigned managed identity, no client secret.
    BOT_ID: identity.properties.clientId
    BOT_TYPE: 'UserAssignedMSI'
    BOT_TENANT_ID: identity.properties.tenantId
    AZURE_CLIENT_ID: identity.properties.clientId
    // Storage: Cosmos DB with Microsoft Entra auth (no account key).
    STORAGE: 'cosmos'
    COSMOS_ENDPOINT: cosmosAccount.properties.documentEndpoint
    COSMOS_DATABASE: cosmosDatabaseName
    // Secrets: resolved by App Service from Key Vault with the identity above.
    EXPORT_SECRET: '@Microsoft.KeyVault(VaultName=${keyVault.name};SecretName=${exportSecretName})'
    NOTIFY_TOKEN: '@Microsoft.KeyVault(VaultName=${keyVault.name};SecretName=${notifyTokenName})'
    PUBLIC_URL: baseUrl
    REGION: region
    DEMO_DATA: 'off'
    LOG_LEVEL: 'info'
    OUTBOX_GLOBAL_RPS: string(50 / instanceCount)
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
    GRAPH_APP_INSTALL: graphAppInstall
    TEAMS_APP_CATALOG_ID: teamsAppCatalogId
  }
  dependsOn: [ keyVaultSecretsUser, cosmosDataRole ]
}

resource webAppDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: webApp
  properties: {
    workspaceId: logAnalytics.id
    logs: [
      { category: 'AppServiceConsoleLogs', enabled: true }
      { category: 'AppServiceAppLogs', enabled: true }
      { category: 'AppServiceHTTPLogs', enabled: true }
      { category: 'AppServicePlatformLogs', enabled: true }
    ]
    metrics: [ { category: 'AllMetrics', enabled: true } ]
  }
}

// ---------- Azure Bot ----------

resource botService 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: { name: botServiceSku }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${botHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
    msaAppType: 'UserAssignedMSI'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: botService
  name: 'MsTeamsChannel'
  location: 'global'
  properties: { channelName: 'MsTeamsChannel' }
}

// ---------- Outputs (written to env/.env.<env> by the Agents Toolkit) ----------

output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = botHostName
output BOT_ENDPOINT string = 'https://${botHostName}'
output BOT_MESSAGING_ENDPOINT string = 'https://${botHostName}/api/messages'
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output BOT_IDENTITY_PRINCIPAL_ID string = identity.properties.principalId
output PUBLIC_URL string = baseUrl
output NOTIFY_URL string = '${baseUrl}/api/notify'
output COSMOS_ENDPOINT string = cosmosAccount.properties.documentEndpoint
output COSMOS_DATABASE string = cosmosDatabaseName
output KEY_VAULT_NAME string = keyVault.name
output NOTIFY_TOKEN_SECRET_NAME string = notifyTokenName
output EXPORT_SECRET_SECRET_NAME string = exportSecretName
output APPLICATION_INSIGHTS_NAME string = appInsights.name
output LOG_ANALYTICS_WORKSPACE_NAME string = logAnalytics.name
