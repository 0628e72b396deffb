// Friendly names for the API's schemas. Type-only: safe to import from components.
import type { components } from './schema';

type Schemas = components['schemas'];

export type SiteSettings = Schemas['SiteSettingsPublic'];
export type Post = Schemas['BlogPublic'];
export type PostSummary = Schemas['BlogSummary'];
export type PostList = Schemas['Paginated_BlogSummary_'];
export type Page = Schemas['PagePublic'];
