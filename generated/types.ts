// GENERATED FILE: DO NOT EDIT. TypeScript types of the API (openapi-typescript).
// Generated from openapi.yaml by `npm run generate`; CI fails when it is stale.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check that the service is up
         * @description Answers without touching the database, so it measures the service alone.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Lists users, newest first, one page at a time. Pass `nextCursor` back as
         *     `cursor` for the next page. With `email`, returns the one user with that
         *     address (compared without letter case) or none.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user
         * @description Creates a user with a server-made id. The email is stored lower-cased and must
         *     not belong to another user in any letter case.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id (UUID v4).
                 * @example 0b5f5b1e-3c2a-4d8e-9f3b-1a2b3c4d5e6f
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * Get a user
         * @description One user, with its version as `ETag`. Admins may read anyone; others only themselves.
         */
        get: operations["getUser"];
        /**
         * Replace a user's details
         * @description Replaces `name`, `email` and `age` (an absent `age` removes it). With
         *     `If-Match`, the update happens only if the user is still at that version.
         */
        put: operations["updateUser"];
        post?: never;
        /**
         * Delete a user
         * @description Deletes the user and frees their email for others.
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your items
         * @description The caller's items, newest first, one page at a time; deleted items are not listed.
         *     Pass `nextCursor` back as `cursor` for the next page (cursors only work for the
         *     caller they were issued to).
         */
        get: operations["listItems"];
        put?: never;
        /**
         * Create an item
         * @description Creates an item owned by the caller. With `Idempotency-Key`, a retry with the same
         *     key and body returns the original response without writing again; the same key
         *     with another body is refused with 422.
         */
        post: operations["createItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/items/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create up to 25 items at once
         * @description Creates 1–25 items all-or-nothing: if any entry is invalid, the 400 names its index
         *     and nothing is written. Honours `Idempotency-Key` like `createItem`.
         */
        post: operations["createItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The item's id (a UUID; server-made, time-ordered v7).
                 * @example 01937f4a-7c2e-7a10-8b3d-5e6f7a8b9c0d
                 */
                itemId: components["parameters"]["ItemId"];
            };
            cookie?: never;
        };
        /**
         * Get one of your items
         * @description The item with its version as `ETag`. Another caller's item, or a deleted one, is a 404.
         */
        get: operations["getItem"];
        /**
         * Replace one of your items
         * @description Replaces `name`, `description` and `tags` (absent ones are removed). `If-Match` with
         *     the item's current `ETag` is required: without it the answer is 428, and with a
         *     stale one 412 carrying the current `ETag`, so concurrent writers never both win.
         */
        put: operations["updateItem"];
        post?: never;
        /**
         * Delete one of your items
         * @description Moves the item to the trash: it is no longer listed or readable, and DynamoDB purges
         *     it after 30 days unless `restoreItem` brings it back. With `permanent=true` the
         *     item (live or in the trash) is removed at once.
         */
        delete: operations["deleteItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/items/{itemId}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The item's id (a UUID; server-made, time-ordered v7).
                 * @example 01937f4a-7c2e-7a10-8b3d-5e6f7a8b9c0d
                 */
                itemId: components["parameters"]["ItemId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore one of your deleted items
         * @description Brings an item back from the trash within 30 days of its deletion; a 404 otherwise.
         */
        post: operations["restoreItem"];
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
        Health: {
            /**
             * @description Always `ok` when the service answers.
             * @enum {string}
             */
            status: "ok";
            /** @description The API version (the spec's `info.version`). */
            version: string;
        };
        UserInput: {
            /**
             * @description Display name: 1–100 characters once surrounding whitespace is trimmed (it is
             *     removed before storing); at most 300 characters as sent.
             */
            name: string;
            /**
             * Format: email
             * @description Email address; stored lower-cased and unique in any letter case.
             */
            email: string;
            /**
             * Format: int32
             * @description Age in whole years.
             */
            age?: number;
        };
        User: {
            /**
             * Format: uuid
             * @description Server-made id (UUID v4).
             */
            userId: string;
            name: string;
            /** Format: email */
            email: string;
            /** Format: int32 */
            age?: number;
            /**
             * Format: date-time
             * @description When the user was created (ISO 8601, UTC).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the user last changed (ISO 8601, UTC).
             */
            updatedAt: string;
            /**
             * Format: int32
             * @description Starts at 1 and grows by one with each change; the `ETag`.
             */
            version: number;
        };
        UserList: {
            items: components["schemas"]["User"][];
            /** @description Present when there is another page; pass it as `cursor`. */
            nextCursor?: string;
        };
        ItemInput: {
            /** @description 1–200 characters, not only whitespace. */
            name: string;
            /** @description Up to 2000 characters. */
            description?: string;
            /** @description Up to 20 distinct tags. */
            tags?: string[];
        };
        Item: {
            /** Format: uuid */
            itemId: string;
            name: string;
            description?: string;
            tags?: string[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: date-time
             * @description When the item was moved to the trash (trashed items are not served, so rarely seen).
             */
            deletedAt?: string;
            /**
             * Format: int32
             * @description Starts at 1 and grows by one with each change; the `ETag`.
             */
            version: number;
        };
        ItemList: {
            items: components["schemas"]["Item"][];
            /** @description Present when there is another page; pass it as `cursor`. */
            nextCursor?: string;
        };
        ItemBatchInput: {
            items: components["schemas"]["ItemInput"][];
        };
        ItemBatch: {
            items: components["schemas"]["Item"][];
        };
        /** @description RFC 9457 problem details. */
        Problem: {
            /**
             * Format: uri
             * @description Identifies the kind of problem (a URN such as `urn:problem:not-found`).
             */
            type: string;
            /** @description Short summary of the kind of problem. */
            title: string;
            /** Format: int32 */
            status: number;
            /** @description What went wrong in this occurrence. */
            detail?: string;
            /**
             * Format: uri-reference
             * @description The request path of this occurrence.
             */
            instance?: string;
            /** @description Quote it when reporting the problem. */
            correlationId?: string;
            /** @description Each failing field, for validation problems. */
            errors?: components["schemas"]["FieldError"][];
        };
        FieldError: {
            /**
             * Format: json-pointer
             * @description JSON Pointer to the field, prefixed with where it was (`/body`, `/query`, `/path`, `/headers`).
             */
            path: string;
            message: string;
        };
        /**
         * @description A change to a user, published once per change from the table's stream (x-webhooks). In AWS
         *     it arrives on the stage's EventBridge bus as `detail-type` = `type`, `source`, `time`, and
         *     `detail` = this `detail` plus `eventId` = this `id`.
         */
        UserEvent: {
            id: components["schemas"]["EventId"];
            /** @enum {string} */
            type: "UserCreated" | "UserUpdated" | "UserDeleted";
            source: components["schemas"]["EventSource"];
            /**
             * Format: date-time
             * @description When the database recorded the change (second precision).
             */
            time: string;
            detail: components["schemas"]["UserEventDetail"];
        };
        UserEventDetail: {
            resource: components["schemas"]["User"];
            /** @description UserUpdated only. The fields the update changed (none when it rewrote the same values). */
            changes?: ("name" | "email" | "age")[];
            caller?: components["schemas"]["EventCaller"];
            correlationId?: components["schemas"]["EventCorrelationId"];
        };
        /**
         * @description A change to an item, published once per change from the table's stream (x-webhooks); on
         *     EventBridge as for UserEvent.
         */
        ItemEvent: {
            id: components["schemas"]["EventId"];
            /** @enum {string} */
            type: "ItemCreated" | "ItemUpdated" | "ItemTrashed" | "ItemRestored" | "ItemPurged";
            source: components["schemas"]["EventSource"];
            /**
             * Format: date-time
             * @description When the database recorded the change (second precision).
             */
            time: string;
            detail: components["schemas"]["ItemEventDetail"];
        };
        ItemEventDetail: {
            resource: components["schemas"]["Item"];
            /** @description The `sub` of the item's owner. */
            owner: string;
            /**
             * Format: int32
             * @description The item's version after the change; for ItemPurged one more than the last stored
             *     version. Per item, versions only increase: order events by it.
             */
            version: number;
            /** @description ItemUpdated only. The fields the update changed. */
            changes?: ("name" | "description" | "tags")[];
            caller?: components["schemas"]["EventCaller"];
            correlationId?: components["schemas"]["EventCorrelationId"];
        };
        /** @description A UserEvent whose `type` is UserCreated. */
        UserCreatedEvent: components["schemas"]["UserEvent"] & {
            /** @enum {string} */
            type?: "UserCreated";
        };
        /** @description A UserEvent whose `type` is UserUpdated. */
        UserUpdatedEvent: components["schemas"]["UserEvent"] & {
            /** @enum {string} */
            type?: "UserUpdated";
        };
        /** @description A UserEvent whose `type` is UserDeleted. */
        UserDeletedEvent: components["schemas"]["UserEvent"] & {
            /** @enum {string} */
            type?: "UserDeleted";
        };
        /** @description A ItemEvent whose `type` is ItemCreated. */
        ItemCreatedEvent: components["schemas"]["ItemEvent"] & {
            /** @enum {string} */
            type?: "ItemCreated";
        };
        /** @description A ItemEvent whose `type` is ItemUpdated. */
        ItemUpdatedEvent: components["schemas"]["ItemEvent"] & {
            /** @enum {string} */
            type?: "ItemUpdated";
        };
        /** @description A ItemEvent whose `type` is ItemTrashed. */
        ItemTrashedEvent: components["schemas"]["ItemEvent"] & {
            /** @enum {string} */
            type?: "ItemTrashed";
        };
        /** @description A ItemEvent whose `type` is ItemRestored. */
        ItemRestoredEvent: components["schemas"]["ItemEvent"] & {
            /** @enum {string} */
            type?: "ItemRestored";
        };
        /** @description A ItemEvent whose `type` is ItemPurged. */
        ItemPurgedEvent: components["schemas"]["ItemEvent"] & {
            /** @enum {string} */
            type?: "ItemPurged";
        };
        /**
         * @description Stable: the id of the stream record, the same on every redelivery. Delivery is at least
         *     once: deduplicate by it.
         */
        EventId: string;
        /** @enum {string} */
        EventSource: "users-api";
        /** @description The `sub` of the caller who made the change; absent for public operations and purges by TTL. */
        EventCaller: string;
        /** @description The `X-Correlation-Id` of the request that made the change; absent for purges by TTL. */
        EventCorrelationId: string;
    };
    responses: {
        /** @description The request is malformed or fails validation; `errors` lists each failing field. */
        ValidationFailed: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "X-Correlation-Id": components["headers"]["XCorrelationId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such resource, or no such path. */
        NotFound: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "X-Correlation-Id": components["headers"]["XCorrelationId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Another user has this email (in any letter case), or the user kept changing during the request (retry). */
        Conflict: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "X-Correlation-Id": components["headers"]["XCorrelationId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The user changed since the `ETag` in `If-Match` was read. */
        PreconditionFailed: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                ETag: components["headers"]["ETag"];
                "X-Correlation-Id": components["headers"]["XCorrelationId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is over 100 KB. */
        PayloadTooLarge: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "X-Correlation-Id": components["headers"]["XCorrelationId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is not sent as `application/json`. */
        UnsupportedMediaType: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "X-Correlation-Id": components["headers"]["XCorrelationId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The Idempotency-Key was already used with a different request body. */
        IdempotencyKeyReused: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "X-Correlation-Id": components["headers"]["XCorrelationId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The update needs `If-Match` with the item's current `ETag`. */
        PreconditionRequired: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "X-Correlation-Id": components["headers"]["XCorrelationId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The bearer token is missing, malformed, expired or not from the trusted issuer. */
        Unauthorized: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                "X-Correlation-Id": components["headers"]["XCorrelationIdEchoed"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The caller is authenticated but may not do this. */
        Forbidden: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "X-Correlation-Id": components["headers"]["XCorrelationId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The stage's requests for this method went over the throttle (one bucket per method, shared by every caller); retry after `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "Retry-After": components["headers"]["RetryAfter"];
                "X-Correlation-Id": components["headers"]["XCorrelationIdEchoed"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description An unexpected error; no internals are disclosed. Quote the correlation id. */
        InternalError: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "X-Correlation-Id": components["headers"]["XCorrelationId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The database is unreachable or overloaded; retry after `Retry-After` seconds. */
        ServiceUnavailable: {
            headers: {
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                "Retry-After": components["headers"]["RetryAfter"];
                "X-Correlation-Id": components["headers"]["XCorrelationId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description Page size.
         * @example 20
         */
        Limit: number;
        /**
         * @description The `nextCursor` of the previous page, unchanged.
         * @example eyJ2IjoxLCJzIjoiMjAyNi0xMS0yNFQwODowMDowMC4wMDBaIn0Abc123
         */
        Cursor: string;
        /**
         * @description The item's id (a UUID; server-made, time-ordered v7).
         * @example 01937f4a-7c2e-7a10-8b3d-5e6f7a8b9c0d
         */
        ItemId: string;
        /**
         * @description A key you make (a UUID, say) to make retries safe: for 24 hours, a request with the
         *     same key and body gets the original response and writes nothing; the same key with
         *     another body gets 422. Keys are per caller.
         * @example 6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f
         */
        IdempotencyKey: string;
        /**
         * @description The user's id (UUID v4).
         * @example 0b5f5b1e-3c2a-4d8e-9f3b-1a2b3c4d5e6f
         */
        UserId: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Present when the request's `Origin` is one of the allowed origins (CORS).
         * @example http://localhost:5173
         */
        "Access-Control-Allow-Origin": string;
        /**
         * @description The caller's correlation id, or a new one; it is in every log line of the request.
         * @example 7d9f8e2a-5b1c-4e3d-9a8b-6c5d4e3f2a1b
         */
        XCorrelationId: string;
        /**
         * @description The caller's X-Correlation-Id, echoed as sent (unchecked) when the request
         *     carries one. API Gateway answers this status itself and cannot make a new id;
         *     the body's `correlationId` (also in the `x-amzn-RequestId` header) is then the
         *     id to quote.
         * @example 7d9f8e2a-5b1c-4e3d-9a8b-6c5d4e3f2a1b
         */
        XCorrelationIdEchoed: string;
        /**
         * @description The authentication scheme to use.
         * @example Bearer
         */
        "WWW-Authenticate": string;
        /**
         * @description Path of the new resource.
         * @example /users/0b5f5b1e-3c2a-4d8e-9f3b-1a2b3c4d5e6f
         */
        Location: string;
        /**
         * @description The resource's version, as a strong entity tag.
         * @example "1"
         */
        ETag: string;
        /**
         * @description Seconds to wait before trying again.
         * @example 5
         */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is up. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `nextCursor` of the previous page, unchanged.
                 * @example eyJ2IjoxLCJzIjoiMjAyNi0xMS0yNFQwODowMDowMC4wMDBaIn0Abc123
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Exact email to look up, in any letter case.
                 * @example ada@example.com
                 */
                email?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of users. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserInput"];
            };
        };
        responses: {
            /** @description The user was created. */
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id (UUID v4).
                 * @example 0b5f5b1e-3c2a-4d8e-9f3b-1a2b3c4d5e6f
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` you read (or `*`); the update fails with 412 if the user changed since.
                 * @example "1"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The user's id (UUID v4).
                 * @example 0b5f5b1e-3c2a-4d8e-9f3b-1a2b3c4d5e6f
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserInput"];
            };
        };
        responses: {
            /** @description The updated user. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id (UUID v4).
                 * @example 0b5f5b1e-3c2a-4d8e-9f3b-1a2b3c4d5e6f
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user was deleted. */
            204: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listItems: {
        parameters: {
            query?: {
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `nextCursor` of the previous page, unchanged.
                 * @example eyJ2IjoxLCJzIjoiMjAyNi0xMS0yNFQwODowMDowMC4wMDBaIn0Abc123
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the caller's items. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createItem: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key you make (a UUID, say) to make retries safe: for 24 hours, a request with the
                 *     same key and body gets the original response and writes nothing; the same key with
                 *     another body gets 422. Keys are per caller.
                 * @example 6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ItemInput"];
            };
        };
        responses: {
            /** @description The item was created (or, for a repeated Idempotency-Key, had been). */
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Item"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createItems: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key you make (a UUID, say) to make retries safe: for 24 hours, a request with the
                 *     same key and body gets the original response and writes nothing; the same key with
                 *     another body gets 422. Keys are per caller.
                 * @example 6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ItemBatchInput"];
            };
        };
        responses: {
            /** @description Every item was created, in the order given. */
            201: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemBatch"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The item's id (a UUID; server-made, time-ordered v7).
                 * @example 01937f4a-7c2e-7a10-8b3d-5e6f7a8b9c0d
                 */
                itemId: components["parameters"]["ItemId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Item"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateItem: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The item's current `ETag` (required; 428 without it).
                 * @example "1"
                 */
                "If-Match"?: string;
            };
            path: {
                /**
                 * @description The item's id (a UUID; server-made, time-ordered v7).
                 * @example 01937f4a-7c2e-7a10-8b3d-5e6f7a8b9c0d
                 */
                itemId: components["parameters"]["ItemId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ItemInput"];
            };
        };
        responses: {
            /** @description The updated item. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Item"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteItem: {
        parameters: {
            query?: {
                /**
                 * @description Remove the item at once instead of moving it to the trash.
                 * @example true
                 */
                permanent?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description The item's id (a UUID; server-made, time-ordered v7).
                 * @example 01937f4a-7c2e-7a10-8b3d-5e6f7a8b9c0d
                 */
                itemId: components["parameters"]["ItemId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item was deleted. */
            204: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    restoreItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The item's id (a UUID; server-made, time-ordered v7).
                 * @example 01937f4a-7c2e-7a10-8b3d-5e6f7a8b9c0d
                 */
                itemId: components["parameters"]["ItemId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored item. */
            200: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["XCorrelationId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Item"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
