// Agents Toolkit provision step: generates the export-link secret and the notify token once per
// environment. The toolkit keeps SECRET_* values in env/.env.<env>.user and passes them to the
// Bicep, which stores them in Key Vault. Existing values are kept, so links and the notify
// integration keep working across re-provisioning. Rotate: empty the value and provision again.
import { randomBytes } from 'node:crypto';

for (const name of ['SECRET_EXPORT_SECRET', 'SECRET_NOTIFY_TOKEN']) {
  if (!process.env[name]) console.log(`::set-teamsfx-env ${name}=${randomBytes(32).toString('base64url')}`);
}
