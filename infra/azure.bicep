// First version of the Azure resources: App Service (Linux, Node 20) running the bot, Azure Bot
// registration with the Teams channel, Cosmos DB (serverless) holding all data. Containers are
// created by the app at start-up (src/storage/cosmos), so the template only makes the account and database.
@maxLength(20)
@minLength(4)
param resourceBaseName string

@description('Microsoft Entra app id of the bot (botAadApp/create).')
param botAadAppClientId string

@secure()
@description('Client secret of the bot app registration.')
param botAadAppClientSecret string

@description('Token that outside systems use to call POST /api/notify.')
@secure()
param notifyToken string = newGuid()

param webAppSKU string = 'B1'
param botDisplayName string = 'RSJ Governance'
param location string = resourceGroup().location
param region string = 'ijsselland'

var serverfarmsName = resourceBaseName
var webAppName = resourceBaseName
var cosmosAccountName = toLower('${resourceBaseName}-cosmos')
var cosmosDatabaseName = 'rsj-governance'

resource serverfarm 'Microsoft.Web/serverfarms@2022-09-01' = {
  kind: 'app,linux'
  location: location
  name: serverfarmsName
  sku: { name: webAppSKU }
  properties: { reserved: true }
}

resource cosmosAccount 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: cosmosAccountName
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
    locations: [ { locationName: location, failoverPriority: 0 } ]
    capabilities: [ { name: 'EnableServerless' } ]
    minimalTlsVersion: 'Tls12'
  }
}

resource cosmosDatabase 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = {
  parent: cosmosAccount
  name: cosmosDatabaseName
  properties: { resource: { id: cosmosDatabaseName } }
}

resource webApp 'Microsoft.Web/sites@2022-09-01' = {
  kind: 'app,linux'
  location: location
  name: webAppName
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      alwaysOn: true
      ftpsState: 'FtpsOnly'
      appCommandLine: 'npm start'
      appSettings: [
        { name: 'WEBSITE_NODE_DEFAULT_VERSION', value: '~20' }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'true' }
        { name: 'PORT', value: '8080' }
        { name: 'STORAGE', value: 'cosmos' }
        { name: 'COSMOS_ENDPOINT', value: cosmosAccount.properties.documentEndpoint }
        { name: 'COSMOS_KEY', value: cosmosAccount.listKeys().primaryMasterKey }
        { name: 'COSMOS_DATABASE', value: cosmosDatabaseName }
        { name: 'BOT_ID', value: botAadAppClientId }
        { name: 'BOT_PASSWORD', value: botAadAppClientSecret }
        { name: 'BOT_TYPE', value: 'MultiTenant' }
        { name: 'NOTIFY_TOKEN', value: notifyToken }
        { name: 'REGION', value: region }
        { name: 'DEMO_DATA', value: 'off' }
      ]
    }
  }
}

resource botService 'Microsoft.BotService/botServices@2022-09-15' = {
  kind: 'azurebot'
  location: 'global'
  name: resourceBaseName
  sku: { name: 'F0' }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: botAadAppClientId
    msaAppType: 'MultiTenant'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: botService
  location: 'global'
  name: 'MsTeamsChannel'
  properties: { channelName: 'MsTeamsChannel' }
}

output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output COSMOS_ENDPOINT string = cosmosAccount.properties.documentEndpoint
