// Friendly names for the API's schemas. Type-only: safe to import from components.
import type { components } from './schema';

type Schemas = components['schemas'];

export type SiteSettings = Schemas['SiteSettingsPublic'];
export type Post = Schemas['PublicPost'];
export type PostSummary = Schemas['PublicPostSummary'];
export type PostList = Schemas['Paginated_PublicPostSummary_'];
export type Page = Schemas['PagePublic'];
export type PostPreview = Schemas['PostPreview'];
export type PagePreview = Schemas['PagePreview'];
