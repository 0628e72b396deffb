// Generated from the Inkwell OpenAPI document by openapi-typescript (npm run gen:api).
// Do not edit by hand: regenerate it against the API instead.

export interface paths {
    "/api/v1/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signup
         * @description Create a writer account (never an admin). Open signup answers 201, or 409 for a taken
         *     address; with SIGNUP_VERIFICATION it answers 202 whatever the address and mails a link.
         */
        post: operations["signup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/signup/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm Signup
         * @description Finish a verified signup with the token of its mail: the account is created.
         */
        post: operations["confirmSignup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Login
         * @description Exchange email and password for an access token and a refresh token. Limited per IP
         *     and per account (failed attempts).
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh Tokens
         * @description Rotate a refresh token: a new pair is returned and the presented token dies (sent again
         *     within REFRESH_REUSE_GRACE_SECONDS it returns the same new pair).
         */
        post: operations["refreshTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Logout
         * @description Revoke the session of the given refresh token, or, with only a bearer token, log out
         *     everywhere: every session and every access token of its user.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Me
         * @description The signed-in user.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Me
         * @description Change your name, bio, avatar or author slug (your public author profile).
         */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/api/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Sessions
         * @description Your signed-in sessions (one per login), most recently used first.
         */
        get: operations["listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke Session
         * @description Sign one of your sessions out: its refresh token stops working at once.
         */
        delete: operations["revokeSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change Password
         * @description Change your password. Every other session ends, and every access token: use the one
         *     returned (this session's refresh token keeps working).
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request Password Reset
         * @description Mail a one-time link to choose a new password. The answer is the same whether or not
         *     the address has an account.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm Password Reset
         * @description Set a new password with the token of a reset mail; every session of the account ends.
         */
        post: operations["confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request Email Change
         * @description Change your e-mail address: needs your password; the new address must confirm.
         */
        post: operations["requestEmailChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/email/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm Email Change
         * @description Confirm a new address with the token of its mail.
         */
        post: operations["confirmEmailChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept Invitation
         * @description Accept an invitation: set your password; the account gets the invited role. Works
         *     with ALLOW_SIGNUP=false.
         */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Posts
         * @description Published posts without their bodies: newest created first, or with
         *     `sort=published_at` newest published first; optionally one tag's or one author's (by the
         *     author's slug).
         */
        get: operations["listPosts"];
        put?: never;
        /**
         * Create Post
         * @description Create a post of your own: `saved`, or published directly by an admin.
         */
        post: operations["createPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/posts/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Post
         * @description One published post by slug; an old slug of a published post is a 301 to its new one.
         */
        get: operations["getPost"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/authors/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Author
         * @description An author's public profile: name, bio, avatar and how many posts they published.
         */
        get: operations["getAuthor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Pages
         * @description Published pages, by slug, without their bodies.
         */
        get: operations["listPages"];
        put?: never;
        /**
         * Create Page
         * @description Create a page (admin).
         */
        post: operations["createPage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pages/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Page
         * @description One published page by slug; an old slug of a published page is a 301 to its new one.
         */
        get: operations["getPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Site Settings
         * @description Site name, tagline, logo, footer and social links.
         */
        get: operations["getSiteSettings"];
        /**
         * Update Site Settings
         * @description Change site settings (admin); only the fields sent change.
         */
        put: operations["updateSiteSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/blogs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List My Blogs
         * @description Your posts in any status, newest first.
         */
        get: operations["listMyBlogs"];
        put?: never;
        /**
         * Save Blog
         * @description Save a finished post as a draft (the same as POST /posts).
         */
        post: operations["saveBlog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/blogs/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get My Blog Stats
         * @description How many of your posts are in each status.
         */
        get: operations["getMyBlogStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/blogs/{blog_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Blog
         * @description One post with its source, status, feedback and history (owner or admin).
         */
        get: operations["getBlog"];
        /**
         * Update Blog
         * @description Edit a post: writers their own while saved or rejected, admins any.
         */
        put: operations["updateBlog"];
        post?: never;
        /**
         * Delete Blog
         * @description Delete a post: writers their own while saved or rejected, admins any.
         */
        delete: operations["deleteBlog"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/blogs/{blog_id}/publish-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request Blog Publication
         * @description Send a saved or rejected post to the admins for review (it becomes pending).
         */
        post: operations["requestBlogPublication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/blogs/{blog_id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw Blog
         * @description Take a pending post back to saved.
         */
        post: operations["withdrawBlog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/blogs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Review Queue
         * @description Every post, newest first; filter by status (the moderation queue is `pending`) or owner.
         */
        get: operations["listReviewQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/blogs/{blog_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve Blog
         * @description Publish a pending post now, or with `publish_at` schedule it (status `scheduled`).
         */
        post: operations["approveBlog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/blogs/{blog_id}/unschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unschedule Blog
         * @description Take a scheduled post back to pending (its publish_at is cleared).
         */
        post: operations["unscheduleBlog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/blogs/{blog_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject Blog
         * @description Send a pending post back to its author with feedback.
         */
        post: operations["rejectBlog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/blogs/{blog_id}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unpublish Blog
         * @description Take a published post off the site (back to saved).
         */
        post: operations["unpublishBlog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Admin Stats
         * @description Posts per status and per author, and publications over the last 30 days.
         */
        get: operations["getAdminStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Users
         * @description Every account, oldest first.
         */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update User
         * @description Change a user's role or deactivate them (their sessions end at once).
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/admin/pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Admin List Pages
         * @description Every page, drafts included.
         */
        get: operations["adminListPages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/pages/{page_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Admin Get Page
         * @description One page by id, draft or published, with its Markdown source.
         */
        get: operations["adminGetPage"];
        /**
         * Update Page
         * @description Edit a page; only the fields sent change. `publish_at` schedules an unpublished page.
         */
        put: operations["updatePage"];
        post?: never;
        /**
         * Delete Page
         * @description Delete a page.
         */
        delete: operations["deletePage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Invitations
         * @description Invitations, newest first (expired ones disappear).
         */
        get: operations["listInvitations"];
        put?: never;
        /**
         * Create Invitation
         * @description Invite an address to join with a role: it gets a mail with a one-time link (valid
         *     INVITATION_DAYS) to set a password. Works with ALLOW_SIGNUP=false.
         */
        post: operations["createInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/invitations/{invitation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke Invitation
         * @description Withdraw an open invitation: its link stops working.
         */
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{user_id}/sessions/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke User Sessions
         * @description Sign a user out everywhere: every refresh token and access token stops working now.
         */
        post: operations["revokeUserSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Audit Entries
         * @description The audit log, newest first. Entries cannot be changed or deleted through the API.
         */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Mail
         * @description Outgoing mail, newest first: who, what, status, attempts, last error (never bodies).
         */
        get: operations["listMail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Webhooks
         * @description Every webhook endpoint, newest first.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Create Webhook
         * @description Add an endpoint; the answer carries its signing secret, shown only this once.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhooks/{webhook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Webhook
         * @description One endpoint (never its secret).
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete Webhook
         * @description Remove an endpoint and its pending deliveries.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Update Webhook
         * @description Change an endpoint; `active: true` re-enables one that was disabled for failing.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/api/v1/admin/webhooks/{webhook_id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate Webhook Secret
         * @description A new signing secret, shown only this once; the old one stops signing at once.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhooks/{webhook_id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Webhook Deliveries
         * @description Deliveries to this endpoint, newest first: status, attempts, codes, latency, next retry.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeliver Webhook Delivery
         * @description Send a delivery again now, with the same `webhook-id`.
         */
        post: operations["redeliverWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhooks/{webhook_id}/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ping Webhook
         * @description Queue a `webhook.ping` test message to this endpoint.
         */
        post: operations["pingWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/markdown/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview Markdown
         * @description Render Markdown to sanitised HTML exactly as saving it would (PREVIEW_RATE_LIMIT).
         */
        post: operations["previewMarkdown"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/uploads/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload Image
         * @description Upload an image; it is validated, stripped of metadata and served from /uploads.
         */
        post: operations["uploadImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Assets
         * @description Your images, newest first (an admin sees everyone's).
         */
        get: operations["listAssets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets/{asset_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Asset
         * @description One of your images (an admin: anyone's).
         */
        get: operations["getAsset"];
        put?: never;
        post?: never;
        /**
         * Delete Asset
         * @description Delete an image and its renditions; 409 while something uses it.
         */
        delete: operations["deleteAsset"];
        options?: never;
        head?: never;
        /**
         * Update Asset
         * @description Change an image's alt text.
         */
        patch: operations["updateAsset"];
        trace?: never;
    };
    "/api/v1/ai/ideas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate Ideas
         * @description Step 1: blog post ideas for a topic (`count` of them, five by default).
         */
        post: operations["generateIdeas"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ai/titles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate Titles
         * @description Step 2: five titles for the chosen idea.
         */
        post: operations["generateTitles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ai/intros": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate Intros
         * @description Step 3: five opening paragraphs for the chosen title.
         */
        post: operations["generateIntros"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ai/outlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate Outlines
         * @description Step 4: five outlines, each a list of section headings.
         */
        post: operations["generateOutlines"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ai/image-prompts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate Image Prompts
         * @description Step 5: five prompts for the cover image.
         */
        post: operations["generateImagePrompts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ai/image-generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate Image
         * @description Generate a cover image (with alt text); it is stored like an upload (and counts
         *     towards your quota), served from /uploads.
         */
        post: operations["generateImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ai/blog-generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate Blog
         * @description Write the full post from the chosen title, intro and outline, as JSON or a stream.
         */
        post: operations["generateBlog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ai/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get My Ai Usage
         * @description Your AI calls and tokens per UTC day, and what is left of today's quota.
         */
        get: operations["getMyAiUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/ai/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Ai Usage Report
         * @description AI calls and tokens per user, provider, model and UTC day, newest day first.
         */
        get: operations["getAiUsageReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/studio/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Studio Sessions
         * @description Your sessions, most recently changed first, each with the step to resume at.
         */
        get: operations["listStudioSessions"];
        put?: never;
        /**
         * Create Studio Session
         * @description Start a session on a topic (with an optional tone, audience and post length).
         */
        post: operations["createStudioSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/studio/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Studio Session
         * @description Everything in a session (every option set, every choice, the cover, the posts).
         */
        get: operations["getStudioSession"];
        put?: never;
        post?: never;
        /**
         * Delete Studio Session
         * @description Delete a session; posts drafted from it stay.
         */
        delete: operations["deleteStudioSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/studio/sessions/{session_id}/steps/{step}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate Studio Step
         * @description Five options for a step from the choices so far; a current set that still matches
         *     them is returned without a new call.
         */
        post: operations["generateStudioStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/studio/sessions/{session_id}/steps/{step}/regenerate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Regenerate Studio Step
         * @description Five new options for a step; the previous sets stay in its history.
         */
        post: operations["regenerateStudioStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/studio/sessions/{session_id}/steps/{step}/choice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Choose Studio Option
         * @description Choose an option (or type your own). A new choice clears the later steps' choices;
         *     their options stay, marked stale.
         */
        put: operations["chooseStudioOption"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/studio/sessions/{session_id}/cover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Studio Cover
         * @description Generate the cover from the chosen image prompt, or attach an uploaded image; either
         *     way with alt text.
         */
        post: operations["createStudioCover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/studio/sessions/{session_id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Studio Draft
         * @description Write the full post from the session's choices and save it as a `saved` post linked
         *     to the session, as JSON or (with `Accept: text/event-stream`) a stream.
         */
        post: operations["createStudioDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/blogs/{blog_id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Blog Preview
         * @description A short-lived link to preview this post as it is now, in any status (owner or admin).
         */
        post: operations["createBlogPreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/blogs/{blog_id}/preview/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke Blog Previews
         * @description Every preview link of this post issued so far stops working.
         */
        post: operations["revokeBlogPreviews"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/pages/{page_id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Page Preview
         * @description A short-lived link to preview this page as it is now, published or not (admin).
         */
        post: operations["createPagePreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/pages/{page_id}/preview/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke Page Previews
         * @description Every preview link of this page issued so far stops working.
         */
        post: operations["revokePagePreviews"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/preview/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Preview
         * @description The post or page a preview link names, as it is now: the public shape plus `status`
         *     (`kind` says which). No bearer needed; a bad, expired or revoked link is a 404.
         */
        get: operations["getPreview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/blogs/{blog_id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Blog Revisions
         * @description This post's revisions, newest first, without bodies (owner or admin).
         */
        get: operations["listBlogRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/blogs/{blog_id}/revisions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Blog Revision
         * @description One revision of this post, with every content field.
         */
        get: operations["getBlogRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/blogs/{blog_id}/revisions/{number}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore Blog Revision
         * @description Make this revision's content current again, as a new revision (writers: their own
         *     saved or rejected posts; admins: any, and a published post's public copy changes).
         */
        post: operations["restoreBlogRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/pages/{page_id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Page Revisions
         * @description This page's revisions, newest first, without bodies.
         */
        get: operations["listPageRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/pages/{page_id}/revisions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Page Revision
         * @description One revision of this page, with every content field.
         */
        get: operations["getPageRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/pages/{page_id}/revisions/{number}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore Page Revision
         * @description Make this revision's content current again, as a new revision.
         */
        post: operations["restorePageRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feed.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Rss Feed
         * @description RSS 2.0 feed of the newest published posts (FEED_ITEMS), full content included.
         */
        get: operations["getRssFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feed.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Atom Feed
         * @description Atom feed of the newest published posts (FEED_ITEMS), full content included.
         */
        get: operations["getAtomFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feed.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Json Feed
         * @description JSON Feed 1.1 of the newest published posts (FEED_ITEMS), full content included.
         */
        get: operations["getJsonFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sitemap.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Sitemap
         * @description Sitemap of every published page and post, with its last modification time.
         */
        get: operations["getSitemap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Tags
         * @description Tags of published posts with how many carry each, most used first.
         */
        get: operations["listTags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search Content
         * @description Published posts and pages ranked by relevance (BM25), with highlighted snippets.
         */
        get: operations["searchContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/posts/{slug}/related": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Related Posts
         * @description Up to five published posts like this one: most shared tags first, then similar text.
         */
        get: operations["listRelatedPosts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Liveness
         * @description The process answers (restart it if not).
         */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Readiness
         * @description The database answers a ping within a second (send traffic elsewhere if not).
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Legacy Signup
         * @description Create a writer account (never an admin). Open signup answers 201, or 409 for a taken
         *     address; with SIGNUP_VERIFICATION it answers 202 whatever the address and mails a link.
         *
         *     The original studio's path of `POST /api/v1/auth/signup`.
         */
        post: operations["legacySignup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Legacy Login
         * @description Exchange email and password for an access token and a refresh token. Limited per IP
         *     and per account (failed attempts).
         *
         *     The original studio's path of `POST /api/v1/auth/login`.
         */
        post: operations["legacyLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ai/ideas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Legacy Generate Ideas
         * @description Step 1: blog post ideas for a topic (`count` of them, five by default).
         *
         *     The original studio's path of `POST /api/v1/ai/ideas`.
         */
        post: operations["legacyGenerateIdeas"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ai/titles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Legacy Generate Titles
         * @description Step 2: five titles for the chosen idea.
         *
         *     The original studio's path of `POST /api/v1/ai/titles`.
         */
        post: operations["legacyGenerateTitles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ai/intros": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Legacy Generate Intros
         * @description Step 3: five opening paragraphs for the chosen title.
         *
         *     The original studio's path of `POST /api/v1/ai/intros`.
         */
        post: operations["legacyGenerateIntros"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ai/outlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Legacy Generate Outlines
         * @description Step 4: five outlines, each a list of section headings.
         *
         *     The original studio's path of `POST /api/v1/ai/outlines`.
         */
        post: operations["legacyGenerateOutlines"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ai/image-prompts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Legacy Generate Image Prompts
         * @description Step 5: five prompts for the cover image.
         *
         *     The original studio's path of `POST /api/v1/ai/image-prompts`.
         */
        post: operations["legacyGenerateImagePrompts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ai/image-generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Legacy Generate Image
         * @description Generate a cover image (with alt text); it is stored like an upload (and counts
         *     towards your quota), served from /uploads.
         *
         *     The original studio's path of `POST /api/v1/ai/image-generate`.
         */
        post: operations["legacyGenerateImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ai/blog-generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Legacy Generate Blog
         * @description Write the full post from the chosen title, intro and outline, as JSON or a stream.
         *
         *     The original studio's path of `POST /api/v1/ai/blog-generate`.
         */
        post: operations["legacyGenerateBlog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/blogs/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Legacy Get My Blog Stats
         * @description How many of your posts are in each status.
         *
         *     The original studio's path of `GET /api/v1/blogs/stats`.
         */
        get: operations["legacyGetMyBlogStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/blogs/uploads/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Legacy Upload Image
         * @description Upload an image; it is validated, stripped of metadata and served from /uploads.
         *
         *     The original studio's path of `POST /api/v1/uploads/images`.
         */
        post: operations["legacyUploadImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/blog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Legacy List My Blogs
         * @description Your posts in any status, newest first (`GET /api/v1/blogs`).
         */
        get: operations["legacyListMyBlogs"];
        put?: never;
        /**
         * Legacy Save Blog
         * @description Save the finished post as a draft, `saved` (`POST /api/v1/blogs`).
         */
        post: operations["legacySaveBlog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/blogs/{blog_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Legacy Get Blog
         * @description One of your posts, or any post for an admin (`GET /api/v1/blogs/{blog_id}`).
         */
        get: operations["legacyGetBlog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/blogs/{blog_id}/publish-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Legacy Request Blog Publication
         * @description Send a saved or rejected post for review: it becomes `pending`
         *     (`POST /api/v1/blogs/{blog_id}/publish-request`).
         */
        post: operations["legacyRequestBlogPublication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/blogs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Legacy List Review Queue
         * @description Every post, newest first, optionally in one status (`GET /api/v1/admin/blogs`).
         */
        get: operations["legacyListReviewQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/blogs/{blog_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Legacy Approve Blog
         * @description Publish a pending post (`POST /api/v1/admin/blogs/{blog_id}/approve`).
         */
        post: operations["legacyApproveBlog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/blogs/{blog_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Legacy Reject Blog
         * @description Send a pending post back with feedback (`POST /api/v1/admin/blogs/{blog_id}/reject`).
         */
        post: operations["legacyRejectBlog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** AIUsageDay */
        AIUsageDay: {
            /**
             * Calls
             * @default 0
             */
            calls: number;
            /**
             * Errors
             * @description Calls that ended in an error (still charged)
             * @default 0
             */
            errors: number;
            /**
             * Input Tokens
             * @default 0
             */
            input_tokens: number;
            /**
             * Output Tokens
             * @default 0
             */
            output_tokens: number;
            /**
             * Total Tokens
             * @default 0
             */
            total_tokens: number;
            /**
             * Day
             * Format: date
             */
            day: string;
        };
        /**
         * AIUsageRow
         * @description One user's calls to one model on one UTC day.
         */
        AIUsageRow: {
            /**
             * Calls
             * @default 0
             */
            calls: number;
            /**
             * Errors
             * @description Calls that ended in an error (still charged)
             * @default 0
             */
            errors: number;
            /**
             * Input Tokens
             * @default 0
             */
            input_tokens: number;
            /**
             * Output Tokens
             * @default 0
             */
            output_tokens: number;
            /**
             * Total Tokens
             * @default 0
             */
            total_tokens: number;
            /**
             * Day
             * Format: date
             */
            day: string;
            user_id: components["schemas"]["PydanticObjectId"];
            /**
             * User Email
             * @description Null when the account no longer exists
             */
            user_email: string | null;
            /** Provider */
            provider: string;
            /** Model */
            model: string;
        };
        /** AIUsageTotals */
        AIUsageTotals: {
            /**
             * Calls
             * @default 0
             */
            calls: number;
            /**
             * Errors
             * @description Calls that ended in an error (still charged)
             * @default 0
             */
            errors: number;
            /**
             * Input Tokens
             * @default 0
             */
            input_tokens: number;
            /**
             * Output Tokens
             * @default 0
             */
            output_tokens: number;
            /**
             * Total Tokens
             * @default 0
             */
            total_tokens: number;
        };
        /**
         * Accepted
         * @description The request was taken; what happens next arrives by mail.
         */
        Accepted: {
            /** Detail */
            detail: string;
        };
        /**
         * AccessToken
         * @description A new access token for the current session (its refresh token is unchanged).
         */
        AccessToken: {
            /** Access Token */
            access_token: string;
            /**
             * Token Type
             * @default bearer
             * @constant
             */
            token_type: "bearer";
            /**
             * Expires In
             * @description Access token lifetime in seconds
             */
            expires_in: number;
        };
        /** AdminStats */
        AdminStats: {
            counts: components["schemas"]["StatusCounts"];
            /** By Author */
            by_author: components["schemas"]["AuthorStats"][];
            /** Published Last 30 Days */
            published_last_30_days: number;
            /** Published Per Day */
            published_per_day: components["schemas"]["DailyCount"][];
        };
        /**
         * ApproveRequest
         * @description Optional body of an approval: with `publish_at` the post is scheduled, not published.
         */
        ApproveRequest: {
            /** Publish At */
            publish_at?: string | null;
        };
        /**
         * AssetPublic
         * @description One image of the media library.
         */
        AssetPublic: {
            /** Id */
            id: string;
            /**
             * Url
             * @description Absolute URL of the original under /uploads/
             */
            url: string;
            /** Filename */
            filename: string;
            /** Content Type */
            content_type: string;
            /** Width */
            width: number;
            /** Height */
            height: number;
            /** Bytes */
            bytes: number;
            /** Alt */
            alt: string;
            /** Placeholder */
            placeholder: string;
            /** Owner */
            owner: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
        };
        /** AssetUpdate */
        AssetUpdate: {
            /** Alt */
            alt: string;
        };
        /** AuditEntryPublic */
        AuditEntryPublic: {
            id: components["schemas"]["PydanticObjectId"];
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Action */
            action: string;
            actor_id: components["schemas"]["PydanticObjectId"] | null;
            /** Actor Email */
            actor_email: string | null;
            /** Target Type */
            target_type: string | null;
            /** Target Id */
            target_id: string | null;
            /** Target Label */
            target_label: string | null;
            /** Ip */
            ip: string | null;
            /** Details */
            details: {
                [key: string]: unknown;
            };
        };
        /** AuthorPublic */
        AuthorPublic: {
            /** Name */
            name: string;
            /** Slug */
            slug: string | null;
            /**
             * Avatar
             * @description Relative /uploads/... URL, or null
             */
            avatar: string | null;
            /** Bio */
            bio: string;
            /** Published Posts */
            published_posts: number;
        };
        /**
         * AuthorRef
         * @description The author of a post, as shown with it.
         */
        AuthorRef: {
            /** Name */
            name: string;
            /** Slug */
            slug: string | null;
            /**
             * Avatar
             * @description Relative /uploads/... URL, or null
             */
            avatar: string | null;
        };
        /** AuthorStats */
        AuthorStats: {
            owner: components["schemas"]["PydanticObjectId"];
            /** Author */
            author: string;
            counts: components["schemas"]["StatusCounts"];
        };
        /** BlogCreate */
        BlogCreate: {
            /** Title */
            title: string;
            /** Slug */
            slug?: string | null;
            /** Excerpt */
            excerpt?: string | null;
            /**
             * Intro
             * @default
             */
            intro: string;
            /** Outline */
            outline?: string[];
            /** Markdown */
            markdown?: string | null;
            /**
             * Body
             * @description HTML; sanitised before it is stored
             */
            body?: string | null;
            /** Featured Image Url */
            featured_image_url?: string | null;
            /** Tags */
            tags?: string[];
            /** Meta Title */
            meta_title?: string | null;
            /** Meta Description */
            meta_description?: string | null;
            /** Og Image Url */
            og_image_url?: string | null;
            /** Canonical Url */
            canonical_url?: string | null;
            /**
             * Published
             * @description Admins only: publish directly
             * @default false
             */
            published: boolean;
        };
        /** BlogGenerateRequest */
        BlogGenerateRequest: {
            /** Topic */
            topic?: string | null;
            /** Title */
            title: string;
            /** Intro */
            intro: string;
            /** Outline */
            outline: string[];
            /** Tone */
            tone?: string | null;
            /**
             * Words
             * @default 800
             */
            words: number;
        };
        /** BlogGenerateResponse */
        BlogGenerateResponse: {
            /** Markdown */
            markdown: string;
            /**
             * Html
             * @description Sanitised HTML rendered from the Markdown
             */
            html: string;
            /** Provider */
            provider: string;
            /** Model */
            model: string;
        };
        /**
         * BlogPrivate
         * @description What the owner and admins see: source, status and moderation details.
         */
        BlogPrivate: {
            id: components["schemas"]["PydanticObjectId"];
            /** Title */
            title: string;
            /** Slug */
            slug: string;
            /** Excerpt */
            excerpt: string;
            /** Author */
            author: string;
            /** Featured Image Url */
            featured_image_url: string | null;
            /** @description Our image behind featured_image_url; null for others */
            featured_image: components["schemas"]["ImageOut"] | null;
            /** Tags */
            tags: string[];
            /** Meta Title */
            meta_title: string | null;
            /** Meta Description */
            meta_description: string | null;
            /** Og Image Url */
            og_image_url: string | null;
            /** Canonical Url */
            canonical_url: string | null;
            /**
             * Word Count
             * @default 0
             */
            word_count: number;
            status: components["schemas"]["BlogStatus"];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Published At */
            published_at: string | null;
            /** Intro */
            intro: string;
            /** Outline */
            outline: string[];
            /** Body */
            body: string;
            owner: components["schemas"]["PydanticObjectId"];
            /** Markdown */
            markdown: string | null;
            /** Admin Feedback */
            admin_feedback: string | null;
            /** Publish At */
            publish_at: string | null;
            /**
             * Revision
             * @default 0
             */
            revision: number;
            /** History */
            history: components["schemas"]["HistoryEntry"][];
            /** Published */
            readonly published: boolean;
            /**
             * Reading Minutes
             * @description At 200 words a minute, rounded up; 0 for an empty body.
             */
            readonly reading_minutes: number;
            /**
             * Toc
             * @description The body's headings, for a table of contents (media/rendering, #11).
             */
            readonly toc: components["schemas"]["TocEntry"][];
        };
        /** BlogPrivateSummary */
        BlogPrivateSummary: {
            id: components["schemas"]["PydanticObjectId"];
            /** Title */
            title: string;
            /** Slug */
            slug: string;
            /** Excerpt */
            excerpt: string;
            /** Author */
            author: string;
            /** Featured Image Url */
            featured_image_url: string | null;
            /** @description Our image behind featured_image_url; null for others */
            featured_image: components["schemas"]["ImageOut"] | null;
            /** Tags */
            tags: string[];
            /** Meta Title */
            meta_title: string | null;
            /** Meta Description */
            meta_description: string | null;
            /** Og Image Url */
            og_image_url: string | null;
            /** Canonical Url */
            canonical_url: string | null;
            /**
             * Word Count
             * @default 0
             */
            word_count: number;
            status: components["schemas"]["BlogStatus"];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Published At */
            published_at: string | null;
            owner: components["schemas"]["PydanticObjectId"];
            /** Admin Feedback */
            admin_feedback: string | null;
            /** Publish At */
            publish_at: string | null;
            /** Published */
            readonly published: boolean;
            /**
             * Reading Minutes
             * @description At 200 words a minute, rounded up; 0 for an empty body.
             */
            readonly reading_minutes: number;
        };
        /** BlogRevision */
        BlogRevision: {
            /**
             * Number
             * @description 1 for the first version; each change adds one
             */
            number: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** @description None: not a person (a migration) */
            actor_id: components["schemas"]["PydanticObjectId"] | null;
            /** Actor Name */
            actor_name: string;
            /**
             * Changed
             * @description Content fields it changed
             */
            changed: string[];
            /**
             * Restored From
             * @description Set when made by a restore
             */
            restored_from: number | null;
            content: components["schemas"]["PostRevisionContent"];
        };
        /**
         * BlogStatus
         * @enum {string}
         */
        BlogStatus: "saved" | "pending" | "scheduled" | "published" | "rejected";
        /**
         * BlogSummary
         * @description A list item: everything but the full body.
         */
        BlogSummary: {
            id: components["schemas"]["PydanticObjectId"];
            /** Title */
            title: string;
            /** Slug */
            slug: string;
            /** Excerpt */
            excerpt: string;
            /** Author */
            author: string;
            /** Featured Image Url */
            featured_image_url: string | null;
            /** @description Our image behind featured_image_url; null for others */
            featured_image: components["schemas"]["ImageOut"] | null;
            /** Tags */
            tags: string[];
            /** Meta Title */
            meta_title: string | null;
            /** Meta Description */
            meta_description: string | null;
            /** Og Image Url */
            og_image_url: string | null;
            /** Canonical Url */
            canonical_url: string | null;
            /**
             * Word Count
             * @default 0
             */
            word_count: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Published At */
            published_at: string | null;
            /** Published */
            readonly published: boolean;
            /**
             * Reading Minutes
             * @description At 200 words a minute, rounded up; 0 for an empty body.
             */
            readonly reading_minutes: number;
        };
        /**
         * BlogUpdate
         * @description Partial update: only the fields sent are changed; `null` clears the image and SEO
         *     fields. Admins may send `published` (publish or unpublish now) or `publish_at` (schedule a
         *     pending post, or reschedule a scheduled one).
         */
        BlogUpdate: {
            /** Title */
            title?: string | null;
            /** Slug */
            slug?: string | null;
            /** Excerpt */
            excerpt?: string | null;
            /** Intro */
            intro?: string | null;
            /** Outline */
            outline?: string[] | null;
            /** Markdown */
            markdown?: string | null;
            /** Body */
            body?: string | null;
            /** Featured Image Url */
            featured_image_url?: string | null;
            /** Tags */
            tags?: string[] | null;
            /** Meta Title */
            meta_title?: string | null;
            /** Meta Description */
            meta_description?: string | null;
            /** Og Image Url */
            og_image_url?: string | null;
            /** Canonical Url */
            canonical_url?: string | null;
            /**
             * Published
             * @description Admins only
             */
            published?: boolean | null;
            /**
             * Publish At
             * @description Admins only
             */
            publish_at?: string | null;
        };
        /** DailyCount */
        DailyCount: {
            /**
             * Date
             * Format: date
             */
            date: string;
            /** Count */
            count: number;
        };
        /** DeliveryAttempt */
        DeliveryAttempt: {
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Status Code */
            status_code?: number | null;
            /** Error */
            error?: string | null;
            /** Latency Ms */
            latency_ms: number;
        };
        /** DeliveryPublic */
        DeliveryPublic: {
            id: components["schemas"]["PydanticObjectId"];
            /** Webhook Id */
            webhook_id: string;
            /** Event Id */
            event_id: string;
            /** Event Type */
            event_type: string;
            status: components["schemas"]["DeliveryStatus"];
            /** Attempts */
            attempts: number;
            /**
             * Next Attempt At
             * @description When pending: the next attempt
             */
            next_attempt_at: string | null;
            /** Last Status Code */
            last_status_code: number | null;
            /** Last Error */
            last_error: string | null;
            /** Last Latency Ms */
            last_latency_ms: number | null;
            /** History */
            history: components["schemas"]["DeliveryAttempt"][];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Completed At */
            completed_at: string | null;
        };
        /**
         * DeliveryStatus
         * @enum {string}
         */
        DeliveryStatus: "pending" | "succeeded" | "failed";
        /** EmailChangeRequest */
        EmailChangeRequest: {
            /** New Email */
            new_email: string;
            /** Password */
            password: string;
        };
        /**
         * ErrorBody
         * @description The one error shape. `code` is stable and machine-readable; `detail` is for people
         *     (a list of issues for `validation_error`); `current_status` comes with
         *     `invalid_transition`, `missing_step` with `step_out_of_order`.
         */
        ErrorBody: {
            /** Detail */
            detail: string | components["schemas"]["ValidationIssue"][];
            /**
             * Code
             * @example not_found
             * @example validation_error
             * @example rate_limited
             */
            code: string;
            /**
             * Current Status
             * @default null
             */
            current_status: string | null;
            /**
             * Missing Step
             * @default null
             */
            missing_step: string | null;
        };
        /**
         * EventType
         * @enum {string}
         */
        EventType: "post.published" | "post.updated" | "post.unpublished" | "post.deleted" | "page.published" | "page.updated" | "page.unpublished" | "page.deleted" | "settings.updated" | "author.updated";
        /** Health */
        Health: {
            /** Status */
            status: string;
        };
        /**
         * HistoryEntry
         * @description One workflow transition, appended by the workflow service and never edited.
         *
         *     `actor_id` is None when the actor is not a person (the scheduler).
         */
        HistoryEntry: {
            /** Action */
            action: string;
            from_status: components["schemas"]["BlogStatus"] | null;
            to_status: components["schemas"]["BlogStatus"];
            actor_id: components["schemas"]["PydanticObjectId"] | null;
            /** Actor Name */
            actor_name: string;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Feedback */
            feedback?: string | null;
            /** Publish At */
            publish_at?: string | null;
        };
        /** IdeasRequest */
        IdeasRequest: {
            /** Topic */
            topic: string;
            /**
             * Count
             * @default 5
             */
            count: number;
        };
        /** ImageGenerateRequest */
        ImageGenerateRequest: {
            /** Prompt */
            prompt: string;
        };
        /** ImageGenerateResponse */
        ImageGenerateResponse: {
            /** Image Url */
            image_url: string;
            /** Width */
            width: number;
            /** Height */
            height: number;
            /**
             * Alt Text
             * @description From the model's description when it gave one, else the prompt
             */
            alt_text: string;
            /**
             * Provider
             * @description Who drew it (offline when no image model is configured)
             */
            provider: string;
            /** Model */
            model: string;
        };
        /**
         * ImageOut
         * @description One of our images, ready for `<img src srcset width height alt>` (#11).
         */
        ImageOut: {
            /** Url */
            url: string;
            /** Width */
            width: number;
            /** Height */
            height: number;
            /** Alt */
            alt: string;
            /**
             * Placeholder
             * @description A tiny blurred data: URI to show while loading
             */
            placeholder: string;
            /**
             * Srcset
             * @description Renditions at the allowed widths up to the original's
             */
            srcset: string;
        };
        /** ImagePromptsRequest */
        ImagePromptsRequest: {
            /** Title */
            title: string;
            /** Intro */
            intro?: string | null;
            /** Outline */
            outline?: string[] | null;
        };
        /** IntrosRequest */
        IntrosRequest: {
            /** Topic */
            topic: string;
            /** Title */
            title: string;
        };
        /** InvitationAccept */
        InvitationAccept: {
            /** Token */
            token: string;
            /** Password */
            password: string;
            /** Display Name */
            display_name?: string | null;
        };
        /** InvitationCreate */
        InvitationCreate: {
            /** Email */
            email: string;
            /** @default user */
            role: components["schemas"]["Role"];
        };
        /** InvitationPublic */
        InvitationPublic: {
            id: components["schemas"]["PydanticObjectId"];
            /** Email */
            email: string;
            role: components["schemas"]["Role"];
            status: components["schemas"]["InvitationStatus"];
            invited_by: components["schemas"]["PydanticObjectId"];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /** Accepted At */
            accepted_at: string | null;
        };
        /**
         * InvitationStatus
         * @enum {string}
         */
        InvitationStatus: "pending" | "sent" | "accepted" | "revoked";
        /** JsonFeed */
        JsonFeed: {
            /**
             * Version
             * @default https://jsonfeed.org/version/1.1
             * @constant
             */
            version: "https://jsonfeed.org/version/1.1";
            /** Title */
            title: string;
            /** Home Page Url */
            home_page_url: string;
            /** Feed Url */
            feed_url: string;
            /** Description */
            description?: string | null;
            /** Icon */
            icon?: string | null;
            /** Items */
            items: components["schemas"]["JsonFeedItem"][];
        };
        /** JsonFeedAuthor */
        JsonFeedAuthor: {
            /** Name */
            name: string;
        };
        /** JsonFeedItem */
        JsonFeedItem: {
            /**
             * Id
             * @description Stable across edits and slug changes
             */
            id: string;
            /**
             * Url
             * @description The post on the public site
             */
            url: string;
            /** Title */
            title: string;
            /**
             * Content Html
             * @description The full, sanitised HTML body
             */
            content_html: string;
            /** Summary */
            summary?: string | null;
            /**
             * Image
             * @description The cover image
             */
            image?: string | null;
            /** Date Published */
            date_published?: string | null;
            /**
             * Date Modified
             * Format: date-time
             */
            date_modified: string;
            /** Authors */
            authors: components["schemas"]["JsonFeedAuthor"][];
            /** Tags */
            tags: string[];
        };
        /**
         * LegacyBlog
         * @description A post as the original studio showed it: its own posts, the admin queue, one post.
         */
        LegacyBlog: {
            _id: components["schemas"]["PydanticObjectId"];
            /** @description The author's user id */
            owner: components["schemas"]["PydanticObjectId"];
            status: components["schemas"]["BlogStatus"];
            /** Title */
            title: string;
            /** Intro */
            intro: string;
            /** Outline */
            outline: string[];
            /**
             * Image Url
             * @description The cover image
             */
            image_url: string | null;
            /**
             * Markdown
             * @description The Markdown source (null if saved as HTML)
             */
            markdown: string | null;
            /**
             * Html
             * @description The sanitised HTML body
             */
            html: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Admin Feedback
             * @description Why an admin rejected the post
             */
            admin_feedback: string | null;
        };
        /**
         * LegacyBlogCreate
         * @description The original studio's "save final blog": the chosen title, intro and outline, the
         *     generated Markdown and the cover. `image_url` and `html` are the original names
         *     (`featured_image_url` and `body`, as on /api/v1, are accepted too). `html` is only used
         *     when there is no `markdown`: the body is always rendered and sanitised by the server, so
         *     the `html` that blog-generate returned beside the Markdown may be sent back as it is.
         */
        LegacyBlogCreate: {
            /** Title */
            title: string;
            /**
             * Intro
             * @default
             */
            intro: string;
            /** Outline */
            outline?: string[];
            /** Markdown */
            markdown?: string | null;
            /** Html */
            html?: string | null;
            /** Image Url */
            image_url?: string | null;
            /** Slug */
            slug?: string | null;
            /** Excerpt */
            excerpt?: string | null;
            /** Tags */
            tags?: string[];
            /**
             * Published
             * @description Admins only: publish directly
             * @default false
             */
            published: boolean;
        };
        /**
         * LegacyUploadedImage
         * @description The original studio's upload answer (the legacy route keeps exactly this shape).
         */
        LegacyUploadedImage: {
            /** Url */
            url: string;
            /** Width */
            width: number;
            /** Height */
            height: number;
            /** Content Type */
            content_type: string;
            /** Size */
            size: number;
        };
        /**
         * LinkToken
         * @description The token of a link from a mail (the part after `#token=`).
         */
        LinkToken: {
            /** Token */
            token: string;
        };
        /** LoginRequest */
        LoginRequest: {
            /** Email */
            email: string;
            /** Password */
            password: string;
        };
        /** LogoutRequest */
        LogoutRequest: {
            /** Refresh Token */
            refresh_token?: string | null;
        };
        /**
         * MailJobPublic
         * @description What admins see of a mail: never its body (it may hold a one-time link).
         */
        MailJobPublic: {
            id: components["schemas"]["PydanticObjectId"];
            /** Template */
            template: string;
            /** To */
            to: string;
            /** Subject */
            subject: string | null;
            status: components["schemas"]["MailStatus"];
            /** Attempts */
            attempts: number;
            /** Last Error */
            last_error: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Next Attempt At
             * Format: date-time
             */
            next_attempt_at: string;
            /** Finished At */
            finished_at: string | null;
        };
        /**
         * MailStatus
         * @enum {string}
         */
        MailStatus: "queued" | "sending" | "sent" | "skipped" | "failed";
        /**
         * MyAIUsage
         * @description Your AI usage per UTC day (days without calls are left out), and today's quota.
         */
        MyAIUsage: {
            /**
             * Since
             * Format: date
             */
            since: string;
            /**
             * Until
             * Format: date
             */
            until: string;
            /**
             * Days
             * @description Newest first
             */
            days: components["schemas"]["AIUsageDay"][];
            total: components["schemas"]["AIUsageTotals"];
            /**
             * Daily Token Quota
             * @description AI_DAILY_TOKENS; null: no quota
             */
            daily_token_quota: number | null;
            /** Used Today */
            used_today: number;
            /** Remaining Today */
            remaining_today: number | null;
        };
        /** OptionsResponse */
        OptionsResponse: {
            /**
             * Options
             * @description Strings; for outlines, lists of headings
             */
            options: (string | string[])[];
            /**
             * Provider
             * @description Which provider answered: gemini, openai or offline
             */
            provider: string;
            /** Model */
            model: string;
        };
        /** OutlinesRequest */
        OutlinesRequest: {
            /** Topic */
            topic: string;
            /** Title */
            title: string;
            /** Intro */
            intro: string;
        };
        /** PageCreate */
        PageCreate: {
            /** Title */
            title: string;
            /** Slug */
            slug?: string | null;
            /** Markdown */
            markdown?: string | null;
            /**
             * Body
             * @description HTML; sanitised before it is stored
             */
            body?: string | null;
            /** Meta Title */
            meta_title?: string | null;
            /** Meta Description */
            meta_description?: string | null;
            /** Og Image Url */
            og_image_url?: string | null;
            /**
             * Published
             * @default false
             */
            published: boolean;
            /**
             * Publish At
             * @description For an unpublished page: when it is published (ISO-8601, future)
             */
            publish_at?: string | null;
        };
        /**
         * PagePreview
         * @description A page in its current state, in the public shape of GET /pages/{slug}, plus `status`.
         */
        PagePreview: {
            id: components["schemas"]["PydanticObjectId"];
            /** Title */
            title: string;
            /** Slug */
            slug: string;
            /** Meta Title */
            meta_title: string | null;
            /** Meta Description */
            meta_description: string | null;
            /** Og Image Url */
            og_image_url: string | null;
            /** @description Our image behind og_image_url; null for others */
            og_image: components["schemas"]["ImageOut"] | null;
            /** Published */
            published: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Body */
            body: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "page";
            status: components["schemas"]["PageStatus"];
        };
        /** PagePrivate */
        PagePrivate: {
            id: components["schemas"]["PydanticObjectId"];
            /** Title */
            title: string;
            /** Slug */
            slug: string;
            /** Meta Title */
            meta_title: string | null;
            /** Meta Description */
            meta_description: string | null;
            /** Og Image Url */
            og_image_url: string | null;
            /** @description Our image behind og_image_url; null for others */
            og_image: components["schemas"]["ImageOut"] | null;
            /** Published */
            published: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Body */
            body: string;
            /** Markdown */
            markdown: string | null;
            /** Publish At */
            publish_at: string | null;
            /**
             * Revision
             * @default 0
             */
            revision: number;
        };
        /** PagePublic */
        PagePublic: {
            id: components["schemas"]["PydanticObjectId"];
            /** Title */
            title: string;
            /** Slug */
            slug: string;
            /** Meta Title */
            meta_title: string | null;
            /** Meta Description */
            meta_description: string | null;
            /** Og Image Url */
            og_image_url: string | null;
            /** @description Our image behind og_image_url; null for others */
            og_image?: components["schemas"]["ImageOut"] | null;
            /** Published */
            published: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Body */
            body: string;
        };
        /** PageRevision */
        PageRevision: {
            /**
             * Number
             * @description 1 for the first version; each change adds one
             */
            number: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** @description None: not a person (a migration) */
            actor_id: components["schemas"]["PydanticObjectId"] | null;
            /** Actor Name */
            actor_name: string;
            /**
             * Changed
             * @description Content fields it changed
             */
            changed: string[];
            /**
             * Restored From
             * @description Set when made by a restore
             */
            restored_from: number | null;
            content: components["schemas"]["PageRevisionContent"];
        };
        /** PageRevisionContent */
        PageRevisionContent: {
            /**
             * Title
             * @default
             */
            title: string;
            /**
             * Slug
             * @default
             */
            slug: string;
            /** Markdown */
            markdown: string | null;
            /**
             * Body
             * @default
             */
            body: string;
            /** Meta Title */
            meta_title: string | null;
            /** Meta Description */
            meta_description: string | null;
            /** Og Image Url */
            og_image_url: string | null;
        };
        /**
         * PageStatus
         * @enum {string}
         */
        PageStatus: "draft" | "scheduled" | "published";
        /** PageSummary */
        PageSummary: {
            id: components["schemas"]["PydanticObjectId"];
            /** Title */
            title: string;
            /** Slug */
            slug: string;
            /** Meta Title */
            meta_title: string | null;
            /** Meta Description */
            meta_description: string | null;
            /** Og Image Url */
            og_image_url: string | null;
            /** @description Our image behind og_image_url; null for others */
            og_image?: components["schemas"]["ImageOut"] | null;
            /** Published */
            published: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * PageUpdate
         * @description Partial update: only the fields sent are changed; `null` clears the meta fields and
         *     the schedule.
         */
        PageUpdate: {
            /** Title */
            title?: string | null;
            /** Slug */
            slug?: string | null;
            /** Markdown */
            markdown?: string | null;
            /** Body */
            body?: string | null;
            /** Meta Title */
            meta_title?: string | null;
            /** Meta Description */
            meta_description?: string | null;
            /** Og Image Url */
            og_image_url?: string | null;
            /** Published */
            published?: boolean | null;
            /**
             * Publish At
             * @description For an unpublished page: when it is published (ISO-8601, future)
             */
            publish_at?: string | null;
        };
        /** Paginated[AIUsageRow] */
        Paginated_AIUsageRow_: {
            /** Items */
            items: components["schemas"]["AIUsageRow"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Per Page */
            per_page: number;
            /** Total Pages */
            total_pages: number;
        };
        /** Paginated[AssetPublic] */
        Paginated_AssetPublic_: {
            /** Items */
            items: components["schemas"]["AssetPublic"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Per Page */
            per_page: number;
            /** Total Pages */
            total_pages: number;
        };
        /** Paginated[AuditEntryPublic] */
        Paginated_AuditEntryPublic_: {
            /** Items */
            items: components["schemas"]["AuditEntryPublic"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Per Page */
            per_page: number;
            /** Total Pages */
            total_pages: number;
        };
        /** Paginated[BlogPrivateSummary] */
        Paginated_BlogPrivateSummary_: {
            /** Items */
            items: components["schemas"]["BlogPrivateSummary"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Per Page */
            per_page: number;
            /** Total Pages */
            total_pages: number;
        };
        /** Paginated[DeliveryPublic] */
        Paginated_DeliveryPublic_: {
            /** Items */
            items: components["schemas"]["DeliveryPublic"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Per Page */
            per_page: number;
            /** Total Pages */
            total_pages: number;
        };
        /** Paginated[InvitationPublic] */
        Paginated_InvitationPublic_: {
            /** Items */
            items: components["schemas"]["InvitationPublic"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Per Page */
            per_page: number;
            /** Total Pages */
            total_pages: number;
        };
        /** Paginated[MailJobPublic] */
        Paginated_MailJobPublic_: {
            /** Items */
            items: components["schemas"]["MailJobPublic"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Per Page */
            per_page: number;
            /** Total Pages */
            total_pages: number;
        };
        /** Paginated[PageSummary] */
        Paginated_PageSummary_: {
            /** Items */
            items: components["schemas"]["PageSummary"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Per Page */
            per_page: number;
            /** Total Pages */
            total_pages: number;
        };
        /** Paginated[PublicPostSummary] */
        Paginated_PublicPostSummary_: {
            /** Items */
            items: components["schemas"]["PublicPostSummary"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Per Page */
            per_page: number;
            /** Total Pages */
            total_pages: number;
        };
        /** Paginated[RevisionSummary] */
        Paginated_RevisionSummary_: {
            /** Items */
            items: components["schemas"]["RevisionSummary"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Per Page */
            per_page: number;
            /** Total Pages */
            total_pages: number;
        };
        /** Paginated[SearchHit] */
        Paginated_SearchHit_: {
            /** Items */
            items: components["schemas"]["SearchHit"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Per Page */
            per_page: number;
            /** Total Pages */
            total_pages: number;
        };
        /** Paginated[StudioSessionSummary] */
        Paginated_StudioSessionSummary_: {
            /** Items */
            items: components["schemas"]["StudioSessionSummary"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Per Page */
            per_page: number;
            /** Total Pages */
            total_pages: number;
        };
        /** Paginated[UserPublic] */
        Paginated_UserPublic_: {
            /** Items */
            items: components["schemas"]["UserPublic"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Per Page */
            per_page: number;
            /** Total Pages */
            total_pages: number;
        };
        /** Paginated[WebhookPublic] */
        Paginated_WebhookPublic_: {
            /** Items */
            items: components["schemas"]["WebhookPublic"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Per Page */
            per_page: number;
            /** Total Pages */
            total_pages: number;
        };
        /** PasswordChange */
        PasswordChange: {
            /** Current Password */
            current_password: string;
            /** New Password */
            new_password: string;
        };
        /** PasswordResetConfirm */
        PasswordResetConfirm: {
            /** Token */
            token: string;
            /** New Password */
            new_password: string;
        };
        /** PasswordResetRequest */
        PasswordResetRequest: {
            /** Email */
            email: string;
        };
        /**
         * PostPreview
         * @description A post in its current state, in the public shape of GET /posts/{slug}, plus `status`.
         */
        PostPreview: {
            id: components["schemas"]["PydanticObjectId"];
            /** Title */
            title: string;
            /** Slug */
            slug: string;
            /** Excerpt */
            excerpt: string;
            /** Author */
            author: string;
            /** Featured Image Url */
            featured_image_url: string | null;
            /** @description Our image behind featured_image_url; null for others */
            featured_image: components["schemas"]["ImageOut"] | null;
            /** Tags */
            tags: string[];
            /** Meta Title */
            meta_title: string | null;
            /** Meta Description */
            meta_description: string | null;
            /** Og Image Url */
            og_image_url: string | null;
            /** Canonical Url */
            canonical_url: string | null;
            /**
             * Word Count
             * @default 0
             */
            word_count: number;
            status: components["schemas"]["BlogStatus"];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Published At */
            published_at: string | null;
            /** Intro */
            intro: string;
            /** Outline */
            outline: string[];
            /** Body */
            body: string;
            author_profile: components["schemas"]["AuthorRef"] | null;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "post";
            /** Published */
            readonly published: boolean;
            /**
             * Reading Minutes
             * @description At 200 words a minute, rounded up; 0 for an empty body.
             */
            readonly reading_minutes: number;
            /**
             * Toc
             * @description The body's headings, for a table of contents (media/rendering, #11).
             */
            readonly toc: components["schemas"]["TocEntry"][];
        };
        /**
         * PostRevisionContent
         * @description A post's content fields: everything a revision keeps and a restore puts back.
         */
        PostRevisionContent: {
            /**
             * Title
             * @default
             */
            title: string;
            /**
             * Slug
             * @default
             */
            slug: string;
            /**
             * Excerpt
             * @default
             */
            excerpt: string;
            /**
             * Intro
             * @default
             */
            intro: string;
            /** Outline */
            outline: string[];
            /** Markdown */
            markdown: string | null;
            /**
             * Body
             * @default
             */
            body: string;
            /** Featured Image Url */
            featured_image_url: string | null;
            /** Tags */
            tags: string[];
            /** Meta Title */
            meta_title: string | null;
            /** Meta Description */
            meta_description: string | null;
            /** Og Image Url */
            og_image_url: string | null;
            /** Canonical Url */
            canonical_url: string | null;
        };
        /**
         * PostSort
         * @description Order of the public list: newest created (the default, the site contract) or newest
         *     published.
         * @enum {string}
         */
        PostSort: "created_at" | "published_at";
        /**
         * Preview
         * @description A post or a page: `kind` says which.
         */
        Preview: components["schemas"]["PostPreview"] | components["schemas"]["PagePreview"];
        /** PreviewLink */
        PreviewLink: {
            /**
             * Token
             * @description Opaque; pass it to GET /preview/{token}
             */
            token: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /**
             * Path
             * @description Where the document lives on the site (settings patterns)
             */
            path: string;
        };
        /** PreviewRequest */
        PreviewRequest: {
            /**
             * Markdown
             * @description Up to 1 MB of Markdown (larger is a 413)
             */
            markdown: string;
        };
        /** PreviewResponse */
        PreviewResponse: {
            /** Html */
            html: string;
        };
        /**
         * ProfileUpdate
         * @description Only the fields sent change; `avatar: null` removes the avatar. Plain text: the site
         *     escapes `display_name` and `bio` when it shows them.
         */
        ProfileUpdate: {
            /** Display Name */
            display_name?: string | null;
            /** Bio */
            bio?: string | null;
            /** Avatar */
            avatar?: string | null;
            /** Slug */
            slug?: string | null;
        };
        /** PublicPost */
        PublicPost: {
            id: components["schemas"]["PydanticObjectId"];
            /** Title */
            title: string;
            /** Slug */
            slug: string;
            /** Excerpt */
            excerpt: string;
            /** Author */
            author: string;
            /** Featured Image Url */
            featured_image_url: string | null;
            /** @description Our image behind featured_image_url; null for others */
            featured_image: components["schemas"]["ImageOut"] | null;
            /** Tags */
            tags: string[];
            /** Meta Title */
            meta_title: string | null;
            /** Meta Description */
            meta_description: string | null;
            /** Og Image Url */
            og_image_url: string | null;
            /** Canonical Url */
            canonical_url: string | null;
            /**
             * Word Count
             * @default 0
             */
            word_count: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Published At */
            published_at: string | null;
            /** Intro */
            intro: string;
            /** Outline */
            outline: string[];
            /** Body */
            body: string;
            author_profile: components["schemas"]["AuthorRef"] | null;
            /** Published */
            readonly published: boolean;
            /**
             * Reading Minutes
             * @description At 200 words a minute, rounded up; 0 for an empty body.
             */
            readonly reading_minutes: number;
            /**
             * Toc
             * @description The body's headings, for a table of contents (media/rendering, #11).
             */
            readonly toc: components["schemas"]["TocEntry"][];
        };
        /** PublicPostSummary */
        PublicPostSummary: {
            id: components["schemas"]["PydanticObjectId"];
            /** Title */
            title: string;
            /** Slug */
            slug: string;
            /** Excerpt */
            excerpt: string;
            /** Author */
            author: string;
            /** Featured Image Url */
            featured_image_url: string | null;
            /** @description Our image behind featured_image_url; null for others */
            featured_image: components["schemas"]["ImageOut"] | null;
            /** Tags */
            tags: string[];
            /** Meta Title */
            meta_title: string | null;
            /** Meta Description */
            meta_description: string | null;
            /** Og Image Url */
            og_image_url: string | null;
            /** Canonical Url */
            canonical_url: string | null;
            /**
             * Word Count
             * @default 0
             */
            word_count: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Published At */
            published_at: string | null;
            author_profile: components["schemas"]["AuthorRef"] | null;
            /** Published */
            readonly published: boolean;
            /**
             * Reading Minutes
             * @description At 200 words a minute, rounded up; 0 for an empty body.
             */
            readonly reading_minutes: number;
        };
        /** @example 5eb7cf5a86d9755df3a6c593 */
        PydanticObjectId: string;
        /**
         * Redirect
         * @description The body of a 301 from an old slug, for a SvelteKit `load()` to `redirect(301, ...)`.
         */
        Redirect: {
            /**
             * Redirect
             * @description The current slug
             */
            redirect: string;
        };
        /** RefreshRequest */
        RefreshRequest: {
            /** Refresh Token */
            refresh_token: string;
        };
        /** RejectRequest */
        RejectRequest: {
            /** Feedback */
            feedback: string;
        };
        /**
         * RevisionSummary
         * @description A list item: who, when, what changed, and the title and slug it had (no body).
         */
        RevisionSummary: {
            /**
             * Number
             * @description 1 for the first version; each change adds one
             */
            number: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** @description None: not a person (a migration) */
            actor_id: components["schemas"]["PydanticObjectId"] | null;
            /** Actor Name */
            actor_name: string;
            /**
             * Changed
             * @description Content fields it changed
             */
            changed: string[];
            /**
             * Restored From
             * @description Set when made by a restore
             */
            restored_from: number | null;
            /** Title */
            title: string;
            /** Slug */
            slug: string;
        };
        /**
         * Role
         * @enum {string}
         */
        Role: "user" | "admin";
        /** SearchHit */
        SearchHit: {
            /**
             * Kind
             * @enum {string}
             */
            kind: "post" | "page";
            /** Id */
            id: string;
            /** Slug */
            slug: string;
            /** Title */
            title: string;
            /**
             * Path
             * @description Where it lives on the public site
             */
            path: string;
            /** Excerpt */
            excerpt: string;
            /**
             * Snippet
             * @description HTML-safe text around the matches: only <b>…</b> tags, the rest escaped
             */
            snippet: string;
            /**
             * Score
             * @description BM25 relevance; results come best first
             */
            score: number;
            /** Tags */
            tags: string[];
            /** Published At */
            published_at: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** SessionPublic */
        SessionPublic: {
            /**
             * Id
             * @description The session id (its refresh-token family)
             */
            id: string;
            /**
             * Created At
             * Format: date-time
             * @description When its login happened
             */
            created_at: string;
            /**
             * Last Used At
             * Format: date-time
             * @description Its latest login or refresh
             */
            last_used_at: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /** Ip */
            ip: string | null;
            /** User Agent */
            user_agent: string | null;
            /**
             * Current
             * @description Whether this request's access token belongs to it
             */
            current: boolean;
        };
        /**
         * SignupRequest
         * @description No `role` field: signup can never choose one (extra fields are rejected).
         */
        SignupRequest: {
            /** Email */
            email: string;
            /** Password */
            password: string;
            /** Display Name */
            display_name?: string | null;
        };
        /** SiteSettingsPublic */
        SiteSettingsPublic: {
            /** Site Name */
            site_name: string;
            /** Tagline */
            tagline: string;
            /** Logo Url */
            logo_url: string | null;
            /** @description Our image behind logo_url, or null */
            logo: components["schemas"]["ImageOut"] | null;
            /** Footer Text */
            footer_text: string;
            /** Social Links */
            social_links: {
                [key: string]: string;
            };
            /**
             * Post Path
             * @default /blog/{slug}
             */
            post_path: string;
            /**
             * Page Path
             * @default /{slug}
             */
            page_path: string;
            /** Site Url */
            site_url: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * SiteSettingsUpdate
         * @description Partial update of the site-settings singleton: only the fields sent change;
         *     `logo_url: null` removes the logo. `social_links` merges into the stored links: a name
         *     with a URL adds or replaces that link, a name with `null` removes it, others stay.
         */
        SiteSettingsUpdate: {
            /** Site Name */
            site_name?: string | null;
            /** Tagline */
            tagline?: string | null;
            /** Logo Url */
            logo_url?: string | null;
            /** Footer Text */
            footer_text?: string | null;
            /**
             * Social Links
             * @description Merged into the stored links: a URL adds or replaces, null removes
             */
            social_links?: {
                [key: string]: string | null;
            } | null;
            /** Post Path */
            post_path?: string | null;
            /** Page Path */
            page_path?: string | null;
            /**
             * Site Url
             * @description Origin of the public site (not this API), e.g. https://www.example.com: feeds and the sitemap link there
             */
            site_url?: string | null;
        };
        /** StatusCounts */
        StatusCounts: {
            /**
             * Saved
             * @default 0
             */
            saved: number;
            /**
             * Pending
             * @default 0
             */
            pending: number;
            /**
             * Scheduled
             * @default 0
             */
            scheduled: number;
            /**
             * Published
             * @default 0
             */
            published: number;
            /**
             * Rejected
             * @default 0
             */
            rejected: number;
            /**
             * Total
             * @default 0
             */
            total: number;
        };
        /**
         * Step
         * @description The five guided steps, in order (the studio's URLs use these values).
         * @enum {string}
         */
        Step: "ideas" | "titles" | "intros" | "outlines" | "image_prompts";
        /**
         * StudioChoiceRequest
         * @description Pick option `index` of the current set (or of set `set_id` from the history), or
         *     type your own `custom` value (for outlines, a list of headings).
         */
        StudioChoiceRequest: {
            /** Index */
            index?: number | null;
            /** Set Id */
            set_id?: string | null;
            /** Custom */
            custom?: string | string[] | null;
        };
        /** StudioChoiceView */
        StudioChoiceView: {
            /** Value */
            value: string | string[];
            /** Custom */
            custom: boolean;
            /** Set Id */
            set_id: string | null;
            /** Index */
            index: number | null;
            /**
             * Chosen At
             * Format: date-time
             */
            chosen_at: string;
        };
        /**
         * StudioCoverRequest
         * @description Without `image_url`, the cover is generated from the chosen image prompt; with it, an
         *     image uploaded through POST /uploads/images is attached.
         */
        StudioCoverRequest: {
            /** Image Url */
            image_url?: string | null;
            /** Alt Text */
            alt_text?: string | null;
        };
        /** StudioCoverView */
        StudioCoverView: {
            /** Url */
            url: string;
            /** Alt Text */
            alt_text: string;
            /**
             * Source
             * @enum {string}
             */
            source: "generated" | "upload";
            /** Prompt */
            prompt: string | null;
            /** Provider */
            provider: string | null;
            /** Model */
            model: string | null;
            /** Width */
            width: number | null;
            /** Height */
            height: number | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
        };
        /** StudioDraftRequest */
        StudioDraftRequest: {
            /** Words */
            words?: number | null;
            /** Tone */
            tone?: string | null;
        };
        /** StudioDraftResponse */
        StudioDraftResponse: {
            /** Markdown */
            markdown: string;
            /**
             * Html
             * @description Sanitised HTML rendered from the Markdown
             */
            html: string;
            /** Provider */
            provider: string;
            /** Model */
            model: string;
            /** @description The post saved from it (status `saved`) */
            post: components["schemas"]["BlogPrivate"];
            session_id: components["schemas"]["PydanticObjectId"];
        };
        /** StudioOptionSetView */
        StudioOptionSetView: {
            /** Id */
            id: string;
            /** Options */
            options: (string | string[])[];
            /** Provider */
            provider: string;
            /** Model */
            model: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Stale
             * @description Generated from earlier choices that have since changed
             */
            stale: boolean;
        };
        /** StudioSessionCreate */
        StudioSessionCreate: {
            /** Topic */
            topic: string;
            /** Tone */
            tone?: string | null;
            /** Audience */
            audience?: string | null;
            /**
             * Words
             * @description About how long the post should be
             * @default 800
             */
            words: number;
        };
        /**
         * StudioSessionPublic
         * @description Everything a client needs to resume the session at any step.
         */
        StudioSessionPublic: {
            id: components["schemas"]["PydanticObjectId"];
            /** Topic */
            topic: string;
            /** Tone */
            tone: string | null;
            /** Audience */
            audience: string | null;
            /** Words */
            words: number;
            /**
             * Version
             * @description Bumped by every change
             */
            version: number;
            /**
             * Next Step
             * @enum {string}
             */
            next_step: "ideas" | "titles" | "intros" | "outlines" | "image_prompts" | "cover" | "draft" | "done";
            steps: components["schemas"]["StudioStepsView"];
            cover: components["schemas"]["StudioCoverView"] | null;
            /**
             * Post Ids
             * @description Posts drafted here, oldest first
             */
            post_ids: components["schemas"]["PydanticObjectId"][];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** StudioSessionSummary */
        StudioSessionSummary: {
            id: components["schemas"]["PydanticObjectId"];
            /** Topic */
            topic: string;
            /**
             * Title
             * @description The chosen title, once there is one
             */
            title: string | null;
            /**
             * Next Step
             * @enum {string}
             */
            next_step: "ideas" | "titles" | "intros" | "outlines" | "image_prompts" | "cover" | "draft" | "done";
            /** Post Ids */
            post_ids: components["schemas"]["PydanticObjectId"][];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** StudioStepView */
        StudioStepView: {
            /**
             * Ready
             * @description Every earlier step has a choice: this step can run
             */
            ready: boolean;
            /**
             * Options
             * @description The current (latest) set, or []
             */
            options: (string | string[])[];
            /** Current Set Id */
            current_set_id: string | null;
            /**
             * Stale
             * @description The current set was made from earlier choices since changed
             */
            stale: boolean;
            choice: components["schemas"]["StudioChoiceView"] | null;
            /**
             * Sets
             * @description Every set generated, oldest first
             */
            sets: components["schemas"]["StudioOptionSetView"][];
        };
        /** StudioStepsView */
        StudioStepsView: {
            ideas: components["schemas"]["StudioStepView"];
            titles: components["schemas"]["StudioStepView"];
            intros: components["schemas"]["StudioStepView"];
            outlines: components["schemas"]["StudioStepView"];
            image_prompts: components["schemas"]["StudioStepView"];
        };
        /** TagCount */
        TagCount: {
            /** Tag */
            tag: string;
            /**
             * Count
             * @description Published posts carrying the tag
             */
            count: number;
        };
        /** TitlesRequest */
        TitlesRequest: {
            /** Topic */
            topic: string;
        };
        /**
         * TocEntry
         * @description A heading of the body: `id` is its anchor (`#id`).
         */
        TocEntry: {
            /** Level */
            level: number;
            /** Text */
            text: string;
            /** Id */
            id: string;
        };
        /** TokenPair */
        TokenPair: {
            /** Access Token */
            access_token: string;
            /** Refresh Token */
            refresh_token: string;
            /**
             * Token Type
             * @default bearer
             * @constant
             */
            token_type: "bearer";
            /**
             * Expires In
             * @description Access token lifetime in seconds
             */
            expires_in: number;
        };
        /** UploadedImage */
        UploadedImage: {
            /** Url */
            url: string;
            /** Width */
            width: number;
            /** Height */
            height: number;
            /** Content Type */
            content_type: string;
            /** Size */
            size: number;
            /**
             * Id
             * @description The asset's id in the media library (/api/v1/assets/{id})
             */
            id: string;
            /**
             * Alt
             * @default
             */
            alt: string;
            /**
             * Placeholder
             * @description A tiny blurred data: URI to show while the image loads
             * @default
             */
            placeholder: string;
        };
        /** UserAdminUpdate */
        UserAdminUpdate: {
            role?: components["schemas"]["Role"] | null;
            /** Is Active */
            is_active?: boolean | null;
        };
        /** UserPublic */
        UserPublic: {
            id: components["schemas"]["PydanticObjectId"];
            /** Email */
            email: string;
            /** Display Name */
            display_name: string;
            role: components["schemas"]["Role"];
            /** Is Active */
            is_active: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Slug */
            slug?: string | null;
            /**
             * Bio
             * @default
             */
            bio: string;
            /** Avatar */
            avatar?: string | null;
        };
        /**
         * ValidationIssue
         * @description One invalid field: where (`loc`), what kind (`type`), a message, maybe a short input.
         */
        ValidationIssue: {
            /** Type */
            type: string;
            /** Loc */
            loc: (string | number)[];
            /** Msg */
            msg: string;
            /**
             * Input
             * @description The offending value, only if a scalar of ≤64 chars
             * @default null
             */
            input: string | number | boolean | null;
        };
        /** WebhookCreate */
        WebhookCreate: {
            /** Url */
            url: string;
            /**
             * Events
             * @description Event types to receive, or `["*"]` for all
             */
            events: (components["schemas"]["EventType"] | "*")[];
            /**
             * Description
             * @default
             */
            description: string;
            /**
             * Active
             * @default true
             */
            active: boolean;
        };
        /** WebhookPublic */
        WebhookPublic: {
            id: components["schemas"]["PydanticObjectId"];
            /** Url */
            url: string;
            /** Events */
            events: string[];
            /** Description */
            description: string;
            /** Active */
            active: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Failing Since */
            failing_since: string | null;
            /** Disabled Reason */
            disabled_reason: string | null;
        };
        /** WebhookUpdate */
        WebhookUpdate: {
            /** Url */
            url?: string | null;
            /** Events */
            events?: (components["schemas"]["EventType"] | "*")[] | null;
            /** Description */
            description?: string | null;
            /**
             * Active
             * @description Re-enabling clears `disabled_reason`
             */
            active?: boolean | null;
        };
        /** WebhookWithSecret */
        WebhookWithSecret: {
            id: components["schemas"]["PydanticObjectId"];
            /** Url */
            url: string;
            /** Events */
            events: string[];
            /** Description */
            description: string;
            /** Active */
            active: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Failing Since */
            failing_since: string | null;
            /** Disabled Reason */
            disabled_reason: string | null;
            /**
             * Secret
             * @description The signing secret (`whsec_…`), shown only now: store it in the receiver
             */
            secret: string;
        };
        /** LegacyUploadImageForm */
        LegacyUploadImageForm: {
            /**
             * File
             * Format: binary
             * @description A PNG, JPEG, WebP or GIF image
             */
            file: string;
        };
        /** UploadImageForm */
        UploadImageForm: {
            /**
             * File
             * Format: binary
             * @description A PNG, JPEG, WebP or GIF image
             */
            file: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description The request id: the client's X-Request-ID if well-formed, else a new one */
        XRequestId: string;
        /** @description Strong validator of the body */
        ETag: string;
        /** @description Caching policy */
        CacheControl: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    signup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignupRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPublic"];
                };
            };
            /** @description SIGNUP_VERIFICATION: a link was mailed */
            202: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Accepted"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    confirmSignup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkToken"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPublic"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    refreshTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LogoutRequest"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPublic"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPublic"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionPublic"][];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    revokeSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChange"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessToken"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Accepted"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirm"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    requestEmailChange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailChangeRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Accepted"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    confirmEmailChange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkToken"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPublic"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationAccept"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPublic"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listPosts: {
        parameters: {
            query?: {
                /** @description `created_at` (default): newest created first; `published_at`: newest published first */
                sort?: components["schemas"]["PostSort"];
                /** @description 1-based page number */
                page?: number;
                /** @description Items per page */
                per_page?: number;
                /** @description Only posts with this tag */
                tag?: string | null;
                /** @description Only posts by the author with this slug */
                author?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Paginated_PublicPostSummary_"];
                };
            };
            /** @description Not modified: If-None-Match matched the current ETag */
            304: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createPost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BlogCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlogPrivate"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getPost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicPost"];
                };
            };
            /** @description An old slug: the document lives at `Location` (and `redirect`) now */
            301: {
                headers: {
                    /** @description The API path of the document */
                    Location?: string;
                    "Cache-Control": components["headers"]["CacheControl"];
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Redirect"];
                };
            };
            /** @description Not modified: If-None-Match matched the current ETag */
            304: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAuthor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorPublic"];
                };
            };
            /** @description Not modified: If-None-Match matched the current ETag */
            304: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listPages: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                /** @description Items per page */
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Paginated_PageSummary_"];
                };
            };
            /** @description Not modified: If-None-Match matched the current ETag */
            304: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createPage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PageCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagePrivate"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagePublic"];
                };
            };
            /** @description An old slug: the document lives at `Location` (and `redirect`) now */
            301: {
                headers: {
                    /** @description The API path of the document */
                    Location?: string;
                    "Cache-Control": components["headers"]["CacheControl"];
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Redirect"];
                };
            };
            /** @description Not modified: If-None-Match matched the current ETag */
            304: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getSiteSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteSettingsPublic"];
                };
            };
            /** @description Not modified: If-None-Match matched the current ETag */
            304: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateSiteSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SiteSettingsUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteSettingsPublic"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listMyBlogs: {
        parameters: {
            query?: {
                /** @description Only posts in this status */
                status?: components["schemas"]["BlogStatus"] | null;
                /** @description 1-based page number */
                page?: number;
                /** @description Items per page */
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Paginated_BlogPrivateSummary_"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    saveBlog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BlogCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlogPrivate"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getMyBlogStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusCounts"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getBlog: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                blog_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlogPrivate"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateBlog: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                blog_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BlogUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlogPrivate"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteBlog: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                blog_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    requestBlogPublication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                blog_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlogPrivate"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    withdrawBlog: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                blog_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlogPrivate"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listReviewQueue: {
        parameters: {
            query?: {
                status?: components["schemas"]["BlogStatus"] | null;
                /** @description A user id */
                owner?: components["schemas"]["PydanticObjectId"] | null;
                /** @description 1-based page number */
                page?: number;
                /** @description Items per page */
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Paginated_BlogPrivateSummary_"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    approveBlog: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                blog_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ApproveRequest"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlogPrivate"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    unscheduleBlog: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                blog_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlogPrivate"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    rejectBlog: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                blog_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlogPrivate"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    unpublishBlog: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                blog_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlogPrivate"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAdminStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminStats"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                role?: components["schemas"]["Role"] | null;
                /** @description 1-based page number */
                page?: number;
                /** @description Items per page */
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Paginated_UserPublic_"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserAdminUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPublic"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminListPages: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                /** @description Items per page */
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Paginated_PageSummary_"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminGetPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                page_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagePrivate"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updatePage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                page_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PageUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagePrivate"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deletePage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                page_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listInvitations: {
        parameters: {
            query?: {
                status?: components["schemas"]["InvitationStatus"] | null;
                /** @description 1-based page number */
                page?: number;
                /** @description Items per page */
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Paginated_InvitationPublic_"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPublic"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    revokeUserSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                /** @description User id or e-mail */
                actor?: string | null;
                /** @description An action, or a prefix like `post.` */
                action?: string | null;
                /** @description ISO-8601, with an offset */
                since?: string | null;
                /** @description 1-based page number */
                page?: number;
                /** @description Items per page */
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Paginated_AuditEntryPublic_"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listMail: {
        parameters: {
            query?: {
                /** @description `failed`: undelivered */
                status?: components["schemas"]["MailStatus"] | null;
                /** @description 1-based page number */
                page?: number;
                /** @description Items per page */
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Paginated_MailJobPublic_"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                /** @description Items per page */
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Paginated_WebhookPublic_"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPublic"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPublic"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                /** @description Items per page */
                per_page?: number;
            };
            header?: never;
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Paginated_DeliveryPublic_"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    redeliverWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                delivery_id: string;
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPublic"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    pingWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPublic"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    previewMarkdown: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewResponse"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    uploadImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadImageForm"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadedImage"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description File, dimensions or frames too large (`payload_too_large`), or your storage quota used up (`quota_exceeded`) */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listAssets: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                /** @description Items per page */
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Paginated_AssetPublic_"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                asset_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetPublic"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteAsset: {
        parameters: {
            query?: {
                /** @description Admins only: delete even while in use (links will break) */
                force?: boolean;
            };
            header?: never;
            path: {
                asset_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A post, page or the site settings use it (`asset_in_use`) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                asset_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssetUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetPublic"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    generateIdeas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdeasRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionsResponse"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider failed */
            502: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider timed out */
            504: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    generateTitles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TitlesRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionsResponse"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider failed */
            502: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider timed out */
            504: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    generateIntros: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntrosRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionsResponse"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider failed */
            502: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider timed out */
            504: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    generateOutlines: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutlinesRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionsResponse"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider failed */
            502: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider timed out */
            504: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    generateImagePrompts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImagePromptsRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionsResponse"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider failed */
            502: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider timed out */
            504: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    generateImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImageGenerateRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageGenerateResponse"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider failed */
            502: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider timed out */
            504: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    generateBlog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BlogGenerateRequest"];
            };
        };
        responses: {
            /** @description JSON, or with `Accept: text/event-stream` Server-Sent Events: `delta` events `{text}`, then `done` `{markdown, html, provider, model}` (or `error` `{status, detail}` if the provider fails mid-stream). */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlogGenerateResponse"];
                    "text/event-stream": string;
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider failed */
            502: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider timed out */
            504: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getMyAiUsage: {
        parameters: {
            query?: {
                /** @description How many UTC days back, today included */
                days?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyAIUsage"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAiUsageReport: {
        parameters: {
            query?: {
                /** @description How many UTC days back, today included */
                days?: number;
                /** @description Only this user */
                user?: components["schemas"]["PydanticObjectId"] | null;
                /** @description 1-based page number */
                page?: number;
                /** @description Items per page */
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Paginated_AIUsageRow_"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listStudioSessions: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                /** @description Items per page */
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Paginated_StudioSessionSummary_"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createStudioSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StudioSessionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudioSessionPublic"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getStudioSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudioSessionPublic"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteStudioSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    generateStudioStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
                step: components["schemas"]["Step"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudioSessionPublic"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider failed */
            502: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider timed out */
            504: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    regenerateStudioStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
                step: components["schemas"]["Step"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudioSessionPublic"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider failed */
            502: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider timed out */
            504: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    chooseStudioOption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
                step: components["schemas"]["Step"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StudioChoiceRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudioSessionPublic"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createStudioCover: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StudioCoverRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudioSessionPublic"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider failed */
            502: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider timed out */
            504: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createStudioDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["StudioDraftRequest"] | null;
            };
        };
        responses: {
            /** @description JSON, or with `Accept: text/event-stream` Server-Sent Events: `delta` events `{text}`, then `done` `{markdown, html, provider, model, post_id, session_id}` (or `error` `{status, detail}` if the provider fails mid-stream). */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudioDraftResponse"];
                    "text/event-stream": string;
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider failed */
            502: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider timed out */
            504: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createBlogPreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                blog_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewLink"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    revokeBlogPreviews: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                blog_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createPagePreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                page_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewLink"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    revokePagePreviews: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                page_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getPreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description Always `no-store` */
                    "Cache-Control"?: string;
                    /** @description Always `noindex` */
                    "X-Robots-Tag"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Preview"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listBlogRevisions: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                /** @description Items per page */
                per_page?: number;
            };
            header?: never;
            path: {
                blog_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Paginated_RevisionSummary_"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getBlogRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The revision number */
                number: number;
                blog_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlogRevision"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    restoreBlogRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The revision number */
                number: number;
                blog_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlogPrivate"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listPageRevisions: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                /** @description Items per page */
                per_page?: number;
            };
            header?: never;
            path: {
                page_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Paginated_RevisionSummary_"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getPageRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The revision number */
                number: number;
                page_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageRevision"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    restorePageRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The revision number */
                number: number;
                page_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagePrivate"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getRssFeed: {
        parameters: {
            query?: {
                /** @description Only posts with this tag */
                tag?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/rss+xml": string;
                };
            };
            /** @description Not modified: If-None-Match matched the current ETag */
            304: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAtomFeed: {
        parameters: {
            query?: {
                /** @description Only posts with this tag */
                tag?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            /** @description Not modified: If-None-Match matched the current ETag */
            304: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getJsonFeed: {
        parameters: {
            query?: {
                /** @description Only posts with this tag */
                tag?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/feed+json": components["schemas"]["JsonFeed"];
                };
            };
            /** @description Not modified: If-None-Match matched the current ETag */
            304: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getSitemap: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description Not modified: If-None-Match matched the current ETag */
            304: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listTags: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagCount"][];
                };
            };
            /** @description Not modified: If-None-Match matched the current ETag */
            304: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    searchContent: {
        parameters: {
            query: {
                /** @description Words to find; "quoted words" are a phrase. Nothing else is syntax. */
                q: string;
                /** @description 1-based page number */
                page?: number;
                /** @description Items per page */
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Paginated_SearchHit_"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listRelatedPosts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlogSummary"][];
                };
            };
            /** @description Not modified: If-None-Match matched the current ETag */
            304: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    legacySignup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignupRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPublic"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    legacyLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    legacyGenerateIdeas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdeasRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionsResponse"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider failed */
            502: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider timed out */
            504: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    legacyGenerateTitles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TitlesRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionsResponse"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider failed */
            502: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider timed out */
            504: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    legacyGenerateIntros: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntrosRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionsResponse"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider failed */
            502: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider timed out */
            504: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    legacyGenerateOutlines: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutlinesRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionsResponse"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider failed */
            502: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider timed out */
            504: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    legacyGenerateImagePrompts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImagePromptsRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionsResponse"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider failed */
            502: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider timed out */
            504: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    legacyGenerateImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImageGenerateRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageGenerateResponse"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider failed */
            502: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider timed out */
            504: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    legacyGenerateBlog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BlogGenerateRequest"];
            };
        };
        responses: {
            /** @description JSON, or with `Accept: text/event-stream` Server-Sent Events: `delta` events `{text}`, then `done` `{markdown, html, provider, model}` (or `error` `{status, detail}` if the provider fails mid-stream). */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlogGenerateResponse"];
                    "text/event-stream": string;
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider failed */
            502: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Upstream provider timed out */
            504: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    legacyGetMyBlogStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusCounts"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    legacyUploadImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["LegacyUploadImageForm"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegacyUploadedImage"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    legacyListMyBlogs: {
        parameters: {
            query?: {
                /** @description 1-based page number */
                page?: number;
                /** @description Posts per page (all on one page at most) */
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description How many posts match, across every page */
                    "X-Total-Count"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegacyBlog"][];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    legacySaveBlog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LegacyBlogCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegacyBlog"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    legacyGetBlog: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                blog_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegacyBlog"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    legacyRequestBlogPublication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                blog_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegacyBlog"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    legacyListReviewQueue: {
        parameters: {
            query?: {
                /** @description `pending`: the queue */
                status?: components["schemas"]["BlogStatus"] | null;
                /** @description 1-based page number */
                page?: number;
                /** @description Posts per page (all on one page at most) */
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description How many posts match, across every page */
                    "X-Total-Count"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegacyBlog"][];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    legacyApproveBlog: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                blog_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegacyBlog"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    legacyRejectBlog: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                blog_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegacyBlog"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid or expired credentials (`WWW-Authenticate` says which) */
            401: {
                headers: {
                    /** @description RFC 6750 challenge */
                    "WWW-Authenticate"?: string;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state (duplicate, illegal transition) */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Payload too large */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Temporarily unavailable; see Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    "X-Request-ID": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
