/**
 * Generated from the server's OpenAPI document by `npm run api:types` (scripts/api-types.ts).
 * Do not edit by hand: change the route's zod schema and run the script again.
 */

export interface paths {
    "/api/v1/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** activities: filtered, sorted and paged by cursor */
        get: {
            parameters: {
                query?: {
                    count?: "0" | "1" | "true" | "false";
                    createdFrom?: string;
                    createdTo?: string;
                    cursor?: string;
                    filter?: string;
                    kind?: string;
                    limit?: string;
                    noActivityDays?: string;
                    ownerId?: string;
                    q?: string;
                    sort?: string;
                    status?: string;
                    tag?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                allDay: boolean;
                                checklist: {
                                    done: boolean;
                                    text: string;
                                }[];
                                company: {
                                    id: string;
                                    name: string;
                                } | null;
                                contact: {
                                    id: string;
                                    name: string;
                                } | null;
                                createdAt: string;
                                deal: {
                                    id: string;
                                    name: string;
                                } | null;
                                direction: ("in" | "out") | null;
                                doneAt: string | null;
                                dueAt: string | null;
                                dueDay: string | null;
                                durationSeconds: number | null;
                                endsAt: string | null;
                                id: string;
                                kind: string;
                                occurrence: number;
                                overdue: boolean;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                place: string | null;
                                /** @enum {string} */
                                priority: "low" | "normal" | "high";
                                recurrence: {
                                    count: number | null;
                                    /** @enum {string} */
                                    every: "daily" | "weekly" | "monthly" | "custom";
                                    interval: number;
                                    monthDay: number | null;
                                    unit: ("day" | "week" | "month") | null;
                                    until: string | null;
                                    weekdays: number[];
                                } | null;
                                remindAt: string | null;
                                remindedAt: string | null;
                                reminderMinutes: number | null;
                                result: string | null;
                                seriesId: string | null;
                                /** @enum {string} */
                                status: "planned" | "done";
                                title: string;
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                            total?: number;
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a activity */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body?: string | null;
                        checklist?: {
                            done?: boolean;
                            text: string;
                        }[];
                        companyId?: string | null;
                        contactId?: string | null;
                        dealId?: string | null;
                        direction?: ("in" | "out") | null;
                        dueAt?: string | null;
                        dueDay?: string | null;
                        durationSeconds?: number | null;
                        endsAt?: string | null;
                        kind: string;
                        ownerId?: string;
                        participants?: {
                            id: string;
                            /** @enum {string} */
                            type: "user" | "contact";
                        }[];
                        place?: string | null;
                        /** @enum {string} */
                        priority?: "low" | "normal" | "high";
                        recordingId?: string | null;
                        recurrence?: {
                            count?: number | null;
                            /** @enum {string} */
                            every: "daily" | "weekly" | "monthly" | "custom";
                            interval?: number;
                            monthDay?: number;
                            /** @enum {string} */
                            unit?: "day" | "week" | "month";
                            until?: string | null;
                            weekdays?: number[];
                        } | null;
                        reminderMinutes?: number | null;
                        result?: string | null;
                        /** @enum {string} */
                        status?: "planned" | "done";
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activity: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                allDay: boolean;
                                body: string | null;
                                checklist: {
                                    done: boolean;
                                    text: string;
                                }[];
                                company: {
                                    id: string;
                                    name: string;
                                } | null;
                                contact: {
                                    id: string;
                                    name: string;
                                } | null;
                                createdAt: string;
                                deal: {
                                    id: string;
                                    name: string;
                                } | null;
                                direction: ("in" | "out") | null;
                                doneAt: string | null;
                                dueAt: string | null;
                                dueDay: string | null;
                                durationSeconds: number | null;
                                endsAt: string | null;
                                id: string;
                                kind: string;
                                occurrence: number;
                                overdue: boolean;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                participants: {
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    type: "user" | "contact";
                                }[];
                                place: string | null;
                                /** @enum {string} */
                                priority: "low" | "normal" | "high";
                                recordingId: string | null;
                                recurrence: {
                                    count: number | null;
                                    /** @enum {string} */
                                    every: "daily" | "weekly" | "monthly" | "custom";
                                    interval: number;
                                    monthDay: number | null;
                                    unit: ("day" | "week" | "month") | null;
                                    until: string | null;
                                    weekdays: number[];
                                } | null;
                                remindAt: string | null;
                                remindedAt: string | null;
                                reminderMinutes: number | null;
                                result: string | null;
                                seriesId: string | null;
                                /** @enum {string} */
                                status: "planned" | "done";
                                title: string;
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One activity (counts toward the exfiltration alarm) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activity: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                allDay: boolean;
                                body: string | null;
                                checklist: {
                                    done: boolean;
                                    text: string;
                                }[];
                                company: {
                                    id: string;
                                    name: string;
                                } | null;
                                contact: {
                                    id: string;
                                    name: string;
                                } | null;
                                createdAt: string;
                                deal: {
                                    id: string;
                                    name: string;
                                } | null;
                                direction: ("in" | "out") | null;
                                doneAt: string | null;
                                dueAt: string | null;
                                dueDay: string | null;
                                durationSeconds: number | null;
                                endsAt: string | null;
                                id: string;
                                kind: string;
                                occurrence: number;
                                overdue: boolean;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                participants: {
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    type: "user" | "contact";
                                }[];
                                place: string | null;
                                /** @enum {string} */
                                priority: "low" | "normal" | "high";
                                recordingId: string | null;
                                recurrence: {
                                    count: number | null;
                                    /** @enum {string} */
                                    every: "daily" | "weekly" | "monthly" | "custom";
                                    interval: number;
                                    monthDay: number | null;
                                    unit: ("day" | "week" | "month") | null;
                                    until: string | null;
                                    weekdays: number[];
                                } | null;
                                remindAt: string | null;
                                remindedAt: string | null;
                                reminderMinutes: number | null;
                                result: string | null;
                                seriesId: string | null;
                                /** @enum {string} */
                                status: "planned" | "done";
                                title: string;
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Move a activity to the trash */
        delete: {
            parameters: {
                query: {
                    version: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a activity (names the version it read) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body?: string | null;
                        checklist?: {
                            done?: boolean;
                            text: string;
                        }[];
                        companyId?: string | null;
                        contactId?: string | null;
                        dealId?: string | null;
                        direction?: ("in" | "out") | null;
                        dueAt?: string | null;
                        dueDay?: string | null;
                        durationSeconds?: number | null;
                        endsAt?: string | null;
                        kind?: string;
                        ownerId?: string;
                        participants?: {
                            id: string;
                            /** @enum {string} */
                            type: "user" | "contact";
                        }[];
                        place?: string | null;
                        /** @enum {string} */
                        priority?: "low" | "normal" | "high";
                        recordingId?: string | null;
                        recurrence?: {
                            count?: number | null;
                            /** @enum {string} */
                            every: "daily" | "weekly" | "monthly" | "custom";
                            interval?: number;
                            monthDay?: number;
                            /** @enum {string} */
                            unit?: "day" | "week" | "month";
                            until?: string | null;
                            weekdays?: number[];
                        } | null;
                        reminderMinutes?: number | null;
                        result?: string | null;
                        /** @enum {string} */
                        status?: "planned" | "done";
                        title?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activity: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                allDay: boolean;
                                body: string | null;
                                checklist: {
                                    done: boolean;
                                    text: string;
                                }[];
                                company: {
                                    id: string;
                                    name: string;
                                } | null;
                                contact: {
                                    id: string;
                                    name: string;
                                } | null;
                                createdAt: string;
                                deal: {
                                    id: string;
                                    name: string;
                                } | null;
                                direction: ("in" | "out") | null;
                                doneAt: string | null;
                                dueAt: string | null;
                                dueDay: string | null;
                                durationSeconds: number | null;
                                endsAt: string | null;
                                id: string;
                                kind: string;
                                occurrence: number;
                                overdue: boolean;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                participants: {
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    type: "user" | "contact";
                                }[];
                                place: string | null;
                                /** @enum {string} */
                                priority: "low" | "normal" | "high";
                                recordingId: string | null;
                                recurrence: {
                                    count: number | null;
                                    /** @enum {string} */
                                    every: "daily" | "weekly" | "monthly" | "custom";
                                    interval: number;
                                    monthDay: number | null;
                                    unit: ("day" | "week" | "month") | null;
                                    until: string | null;
                                    weekdays: number[];
                                } | null;
                                remindAt: string | null;
                                remindedAt: string | null;
                                reminderMinutes: number | null;
                                result: string | null;
                                seriesId: string | null;
                                /** @enum {string} */
                                status: "planned" | "done";
                                title: string;
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/activities/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete a planned activity with a result (names the version it read); a repeating task answers its next occurrence too */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        result?: string | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activity: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                allDay: boolean;
                                body: string | null;
                                checklist: {
                                    done: boolean;
                                    text: string;
                                }[];
                                company: {
                                    id: string;
                                    name: string;
                                } | null;
                                contact: {
                                    id: string;
                                    name: string;
                                } | null;
                                createdAt: string;
                                deal: {
                                    id: string;
                                    name: string;
                                } | null;
                                direction: ("in" | "out") | null;
                                doneAt: string | null;
                                dueAt: string | null;
                                dueDay: string | null;
                                durationSeconds: number | null;
                                endsAt: string | null;
                                id: string;
                                kind: string;
                                occurrence: number;
                                overdue: boolean;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                participants: {
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    type: "user" | "contact";
                                }[];
                                place: string | null;
                                /** @enum {string} */
                                priority: "low" | "normal" | "high";
                                recordingId: string | null;
                                recurrence: {
                                    count: number | null;
                                    /** @enum {string} */
                                    every: "daily" | "weekly" | "monthly" | "custom";
                                    interval: number;
                                    monthDay: number | null;
                                    unit: ("day" | "week" | "month") | null;
                                    until: string | null;
                                    weekdays: number[];
                                } | null;
                                remindAt: string | null;
                                remindedAt: string | null;
                                reminderMinutes: number | null;
                                result: string | null;
                                seriesId: string | null;
                                /** @enum {string} */
                                status: "planned" | "done";
                                title: string;
                                updatedAt: string;
                                version: number;
                            };
                            next: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                allDay: boolean;
                                body: string | null;
                                checklist: {
                                    done: boolean;
                                    text: string;
                                }[];
                                company: {
                                    id: string;
                                    name: string;
                                } | null;
                                contact: {
                                    id: string;
                                    name: string;
                                } | null;
                                createdAt: string;
                                deal: {
                                    id: string;
                                    name: string;
                                } | null;
                                direction: ("in" | "out") | null;
                                doneAt: string | null;
                                dueAt: string | null;
                                dueDay: string | null;
                                durationSeconds: number | null;
                                endsAt: string | null;
                                id: string;
                                kind: string;
                                occurrence: number;
                                overdue: boolean;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                participants: {
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    type: "user" | "contact";
                                }[];
                                place: string | null;
                                /** @enum {string} */
                                priority: "low" | "normal" | "high";
                                recordingId: string | null;
                                recurrence: {
                                    count: number | null;
                                    /** @enum {string} */
                                    every: "daily" | "weekly" | "monthly" | "custom";
                                    interval: number;
                                    monthDay: number | null;
                                    unit: ("day" | "week" | "month") | null;
                                    until: string | null;
                                    weekdays: number[];
                                } | null;
                                remindAt: string | null;
                                remindedAt: string | null;
                                reminderMinutes: number | null;
                                result: string | null;
                                seriesId: string | null;
                                /** @enum {string} */
                                status: "planned" | "done";
                                title: string;
                                updatedAt: string;
                                version: number;
                            } | null;
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move an activity to a new due time or day (its reminder moves with it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        dueAt?: string;
                        dueDay?: string;
                        endsAt?: string | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activity: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                allDay: boolean;
                                body: string | null;
                                checklist: {
                                    done: boolean;
                                    text: string;
                                }[];
                                company: {
                                    id: string;
                                    name: string;
                                } | null;
                                contact: {
                                    id: string;
                                    name: string;
                                } | null;
                                createdAt: string;
                                deal: {
                                    id: string;
                                    name: string;
                                } | null;
                                direction: ("in" | "out") | null;
                                doneAt: string | null;
                                dueAt: string | null;
                                dueDay: string | null;
                                durationSeconds: number | null;
                                endsAt: string | null;
                                id: string;
                                kind: string;
                                occurrence: number;
                                overdue: boolean;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                participants: {
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    type: "user" | "contact";
                                }[];
                                place: string | null;
                                /** @enum {string} */
                                priority: "low" | "normal" | "high";
                                recordingId: string | null;
                                recurrence: {
                                    count: number | null;
                                    /** @enum {string} */
                                    every: "daily" | "weekly" | "monthly" | "custom";
                                    interval: number;
                                    monthDay: number | null;
                                    unit: ("day" | "week" | "month") | null;
                                    until: string | null;
                                    weekdays: number[];
                                } | null;
                                remindAt: string | null;
                                remindedAt: string | null;
                                reminderMinutes: number | null;
                                result: string | null;
                                seriesId: string | null;
                                /** @enum {string} */
                                status: "planned" | "done";
                                title: string;
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered activities as CSV (UTF-8 with BOM); needs the export right */
        get: {
            parameters: {
                query?: {
                    createdFrom?: string;
                    createdTo?: string;
                    filter?: string;
                    kind?: string;
                    noActivityDays?: string;
                    ownerId?: string;
                    q?: string;
                    sort?: string;
                    status?: string;
                    tag?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activity-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The kinds of activity: built-in ones, then the workspace's own */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                builtIn: boolean;
                                color: string | null;
                                icon: string | null;
                                id: string | null;
                                key: string;
                                names: {
                                    bg: string;
                                    en: string;
                                    ru: string;
                                } | null;
                                retired: boolean;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add a kind of activity (settings managers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        color?: string | null;
                        icon?: string | null;
                        key: string;
                        names: {
                            bg: string;
                            en: string;
                            ru: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activityType: {
                                builtIn: boolean;
                                color: string | null;
                                icon: string | null;
                                id: string | null;
                                key: string;
                                names: {
                                    bg: string;
                                    en: string;
                                    ru: string;
                                } | null;
                                retired: boolean;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activity-types/{id}": {
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
        /** Rename, recolour or retire a kind of activity (names the version it read) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        color?: string | null;
                        icon?: string | null;
                        names?: {
                            bg: string;
                            en: string;
                            ru: string;
                        };
                        retired?: boolean;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activityType: {
                                builtIn: boolean;
                                color: string | null;
                                icon: string | null;
                                id: string | null;
                                key: string;
                                names: {
                                    bg: string;
                                    en: string;
                                    ru: string;
                                } | null;
                                retired: boolean;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/analytics/drill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The records behind a number no list filter names (ids, those I may see) */
        get: {
            parameters: {
                query: {
                    ids: string;
                    type: "deals" | "contacts" | "companies" | "activities";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ids: string[];
                            items: unknown[];
                            /** @enum {string} */
                            type: "deals" | "contacts" | "companies" | "activities";
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/source-costs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A month's costs per lead source */
        get: {
            parameters: {
                query: {
                    month: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                amount: number;
                                currency: string;
                                month: string;
                                source: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Set a month's costs per lead source (the list replaces the month's) */
        put: {
            parameters: {
                query: {
                    month: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            amount: number;
                            currency?: string;
                            source: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                amount: number;
                                currency: string;
                                month: string;
                                source: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/widgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The widgets a dashboard can show, titled in my language */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            widgets: {
                                description: string;
                                /** @enum {string} */
                                key: "funnel" | "win_rate" | "avg_deal" | "cycle_length" | "stage_time" | "revenue" | "plan_fact" | "forecast" | "activity" | "response_time" | "lost_reasons" | "sources" | "clients_new_repeat" | "retention" | "clv" | "resolve_time";
                                params: string[];
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/widgets/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One widget's figures over the records I may see */
        get: {
            parameters: {
                query?: {
                    bucket?: "day" | "week" | "month" | "quarter" | "year";
                    by?: "period" | "owner" | "department" | "product" | "source" | "segment";
                    departmentId?: string;
                    from?: string;
                    ownerId?: string;
                    pipelineId?: string;
                    source?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    key: "funnel" | "win_rate" | "avg_deal" | "cycle_length" | "stage_time" | "revenue" | "plan_fact" | "forecast" | "activity" | "response_time" | "lost_reasons" | "sources" | "clients_new_repeat" | "retention" | "clv" | "resolve_time";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currency: string;
                            data: {
                                columns: {
                                    key: string;
                                    label: string;
                                    /** @enum {string} */
                                    type: "text" | "number" | "money" | "percent" | "duration";
                                }[];
                                rows: {
                                    cells: {
                                        [key: string]: string | number | null;
                                    };
                                    drill?: {
                                        [key: string]: {
                                            filter?: {
                                                field: string;
                                                op: string;
                                                value?: unknown;
                                            }[];
                                            ids?: string[];
                                            /** @enum {string} */
                                            type: "deals" | "contacts" | "companies" | "activities";
                                        };
                                    };
                                }[];
                                totals?: {
                                    [key: string]: string | number | null;
                                };
                            };
                            /** @enum {string} */
                            key: "funnel" | "win_rate" | "avg_deal" | "cycle_length" | "stage_time" | "revenue" | "plan_fact" | "forecast" | "activity" | "response_time" | "lost_reasons" | "sources" | "clients_new_repeat" | "retention" | "clv" | "resolve_time";
                            missingRates: string[];
                            period: {
                                from: string;
                                to: string;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contact's or company's files, newest first */
        get: {
            parameters: {
                query: {
                    subjectId: string;
                    /** @description A record type with timeline (e.g. contact, company) */
                    subjectType: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    delete: boolean;
                                };
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                previewable: boolean;
                                size: number;
                                subjectId: string;
                                subjectType: string;
                                uploadedBy: {
                                    id: string;
                                    name: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Attach a file (the raw body, with its own Content-Type) to a contact or company */
        post: {
            parameters: {
                query: {
                    fileName: string;
                    subjectId: string;
                    /** @description A record type with timeline (e.g. contact, company) */
                    subjectType: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachment: {
                                abilities: {
                                    delete: boolean;
                                };
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                previewable: boolean;
                                size: number;
                                subjectId: string;
                                subjectType: string;
                                uploadedBy: {
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a file (soft; audited) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The file; `inline=1` shows images and PDFs in the browser, everything else always downloads */
        get: {
            parameters: {
                query?: {
                    inline?: "0" | "1";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, newest first, filtered and paged by cursor */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    cursor?: string;
                    entityId?: string;
                    entityType?: string;
                    from?: string;
                    limit?: string;
                    to?: string;
                    userId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actor: {
                                    id: string;
                                    name: string;
                                } | null;
                                at: string;
                                changes: unknown;
                                entityId: string | null;
                                entityType: string | null;
                                /**
                                 * @description The entry is about a record the caller may not see: its details (`changes`) are left out
                                 * @enum {boolean}
                                 */
                                hidden?: true;
                                id: string;
                                ip: string | null;
                                requestId: string | null;
                                userAgent: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered audit log as CSV (UTF-8 with BOM), newest first, at most 100000 rows */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    entityId?: string;
                    entityType?: string;
                    from?: string;
                    to?: string;
                    userId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/accept-invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose a password through a mailed invite or reset link, and sign in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                email: string;
                                id: string;
                                /** @enum {string} */
                                locale: "en" | "ru" | "bg";
                                name: string;
                                permissions: {
                                    [key: string]: {
                                        [key: string]: "none" | "own" | "department" | "all";
                                    };
                                };
                                role: string;
                                timeZone: string;
                                twoFactorEnabled: boolean;
                                twoFactorSetupRequired: boolean;
                                version: number;
                                workspace: {
                                    defaultCountry: string;
                                    defaultCurrency: string;
                                    id: string;
                                    /** @enum {string} */
                                    locale: "en" | "ru" | "bg";
                                    name: string;
                                    timeZone: string;
                                };
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; try again later */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start signing in with an OpenID provider: redirects to it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A redirect (Location): to the provider, or back to the web app */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; try again later */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the provider sends the browser back: signs in and redirects to the web app */
        get: {
            parameters: {
                query?: {
                    code?: string;
                    error?: string;
                    error_description?: string;
                    state?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A redirect (Location): to the provider, or back to the web app */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; try again later */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The OpenID providers one may sign in with (enabled ones) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password; sets the session cookie, or answers 401 two_factor_required with error.challenge */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "email": "maria@example.bg",
                     *       "password": "correct-horse-battery"
                     *     }
                     */
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                email: string;
                                id: string;
                                /** @enum {string} */
                                locale: "en" | "ru" | "bg";
                                name: string;
                                permissions: {
                                    [key: string]: {
                                        [key: string]: "none" | "own" | "department" | "all";
                                    };
                                };
                                role: string;
                                timeZone: string;
                                twoFactorEnabled: boolean;
                                twoFactorSetupRequired: boolean;
                                version: number;
                                workspace: {
                                    defaultCountry: string;
                                    defaultCurrency: string;
                                    id: string;
                                    /** @enum {string} */
                                    locale: "en" | "ru" | "bg";
                                    name: string;
                                    timeZone: string;
                                };
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "unauthenticated",
                         *         "message": "Wrong email or password",
                         *         "fields": {
                         *           "password": "invalid_credentials"
                         *         }
                         *       }
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The account is locked after repeated failed sign-ins */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; try again later */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Second sign-in step: the challenge and a code from the authenticator app */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        challenge: string;
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                email: string;
                                id: string;
                                /** @enum {string} */
                                locale: "en" | "ru" | "bg";
                                name: string;
                                permissions: {
                                    [key: string]: {
                                        [key: string]: "none" | "own" | "department" | "all";
                                    };
                                };
                                role: string;
                                timeZone: string;
                                twoFactorEnabled: boolean;
                                twoFactorSetupRequired: boolean;
                                version: number;
                                workspace: {
                                    defaultCountry: string;
                                    defaultCurrency: string;
                                    id: string;
                                    /** @enum {string} */
                                    locale: "en" | "ru" | "bg";
                                    name: string;
                                    timeZone: string;
                                };
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The account is locked after repeated failed sign-ins */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; try again later */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Activities of a user or a department in a range of at most 62 days, within visibility */
        get: {
            parameters: {
                query: {
                    departmentId?: string;
                    from: string;
                    status?: "planned" | "done";
                    to: string;
                    userId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                allDay: boolean;
                                checklist: {
                                    done: boolean;
                                    text: string;
                                }[];
                                company: {
                                    id: string;
                                    name: string;
                                } | null;
                                contact: {
                                    id: string;
                                    name: string;
                                } | null;
                                createdAt: string;
                                deal: {
                                    id: string;
                                    name: string;
                                } | null;
                                direction: ("in" | "out") | null;
                                doneAt: string | null;
                                dueAt: string | null;
                                dueDay: string | null;
                                durationSeconds: number | null;
                                endsAt: string | null;
                                id: string;
                                kind: string;
                                occurrence: number;
                                overdue: boolean;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                place: string | null;
                                /** @enum {string} */
                                priority: "low" | "normal" | "high";
                                recurrence: {
                                    count: number | null;
                                    /** @enum {string} */
                                    every: "daily" | "weekly" | "monthly" | "custom";
                                    interval: number;
                                    monthDay: number | null;
                                    unit: ("day" | "week" | "month") | null;
                                    until: string | null;
                                    weekdays: number[];
                                } | null;
                                remindAt: string | null;
                                remindedAt: string | null;
                                reminderMinutes: number | null;
                                result: string | null;
                                seriesId: string | null;
                                /** @enum {string} */
                                status: "planned" | "done";
                                title: string;
                                updatedAt: string;
                                version: number;
                            }[];
                            truncated: boolean;
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** companies: filtered, sorted and paged by cursor */
        get: {
            parameters: {
                query?: {
                    count?: "0" | "1" | "true" | "false";
                    createdFrom?: string;
                    createdTo?: string;
                    cursor?: string;
                    filter?: string;
                    limit?: string;
                    noActivityDays?: string;
                    ownerId?: string;
                    q?: string;
                    sort?: string;
                    tag?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                addresses?: {
                                    city?: string;
                                    country?: string;
                                    postcode?: string;
                                    region?: string;
                                    street?: string;
                                    /** @enum {string} */
                                    type: "work" | "home" | "legal" | "other";
                                }[];
                                createdAt: string;
                                custom: {
                                    [key: string]: unknown;
                                };
                                emails?: {
                                    masked?: boolean;
                                    /** @enum {string} */
                                    type: "work" | "personal" | "other";
                                    value: string;
                                }[];
                                id: string;
                                industry: string | null;
                                lastActivityAt: string | null;
                                legalName: string | null;
                                messengers?: {
                                    masked?: boolean;
                                    /** @enum {string} */
                                    type: "telegram" | "whatsapp" | "viber" | "vk" | "other";
                                    value: string;
                                }[];
                                name: string;
                                notes?: string | null;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                phones?: {
                                    display: string;
                                    e164: string | null;
                                    flagged: boolean;
                                    masked?: boolean;
                                    tel: string | null;
                                    /** @enum {string} */
                                    type: "mobile" | "work" | "home" | "other";
                                    value: string;
                                }[];
                                primaryEmail?: string | null;
                                primaryPhone?: {
                                    display: string;
                                    e164: string | null;
                                    flagged: boolean;
                                    masked?: boolean;
                                    tel: string | null;
                                    /** @enum {string} */
                                    type: "mobile" | "work" | "home" | "other";
                                    value: string;
                                } | null;
                                size: ("1-10" | "11-50" | "51-200" | "201-1000" | "1000+") | null;
                                source: string | null;
                                tags: string[];
                                taxId?: string | null;
                                updatedAt: string;
                                version: number;
                                website: string | null;
                            }[];
                            nextCursor: string | null;
                            total?: number;
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a company */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "name": "Орбита ООД",
                     *       "taxId": "BG123456789",
                     *       "industry": "Логистика",
                     *       "size": "11-50",
                     *       "addresses": [
                     *         {
                     *           "type": "legal",
                     *           "country": "BG",
                     *           "city": "Пловдив"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        addresses?: {
                            city?: string | null;
                            country?: ("" | string) | null;
                            postcode?: string | null;
                            region?: string | null;
                            street?: string | null;
                            /** @enum {string} */
                            type?: "work" | "home" | "legal" | "other";
                        }[];
                        custom?: {
                            [key: string]: unknown;
                        };
                        emails?: {
                            /** @enum {string} */
                            type?: "work" | "personal" | "other";
                            /** Format: email */
                            value: string;
                        }[];
                        industry?: string | null;
                        legalName?: string | null;
                        messengers?: {
                            /** @enum {string} */
                            type: "telegram" | "whatsapp" | "viber" | "vk" | "other";
                            value: string;
                        }[];
                        name: string;
                        notes?: string | null;
                        ownerId?: string;
                        phones?: {
                            country?: string;
                            keepAsTyped?: boolean;
                            /** @enum {string} */
                            type?: "mobile" | "work" | "home" | "other";
                            value: string;
                        }[];
                        size?: ("1-10" | "11-50" | "51-200" | "201-1000" | "1000+") | null;
                        source?: string | null;
                        tags?: string[];
                        taxId?: string | null;
                        website?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            company: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                addresses?: {
                                    city?: string;
                                    country?: string;
                                    postcode?: string;
                                    region?: string;
                                    street?: string;
                                    /** @enum {string} */
                                    type: "work" | "home" | "legal" | "other";
                                }[];
                                createdAt: string;
                                custom: {
                                    [key: string]: unknown;
                                };
                                emails?: {
                                    masked?: boolean;
                                    /** @enum {string} */
                                    type: "work" | "personal" | "other";
                                    value: string;
                                }[];
                                id: string;
                                industry: string | null;
                                lastActivityAt: string | null;
                                legalName: string | null;
                                messengers?: {
                                    masked?: boolean;
                                    /** @enum {string} */
                                    type: "telegram" | "whatsapp" | "viber" | "vk" | "other";
                                    value: string;
                                }[];
                                name: string;
                                notes?: string | null;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                people: {
                                    contact: {
                                        displayName: string;
                                        id: string;
                                    } | null;
                                    endedOn: string | null;
                                    linkId: string;
                                    role: string | null;
                                    startedOn: string | null;
                                }[];
                                phones?: {
                                    display: string;
                                    e164: string | null;
                                    flagged: boolean;
                                    masked?: boolean;
                                    tel: string | null;
                                    /** @enum {string} */
                                    type: "mobile" | "work" | "home" | "other";
                                    value: string;
                                }[];
                                size: ("1-10" | "11-50" | "51-200" | "201-1000" | "1000+") | null;
                                source: string | null;
                                tags: string[];
                                taxId?: string | null;
                                updatedAt: string;
                                version: number;
                                website: string | null;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One company (counts toward the exfiltration alarm) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            company: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                addresses?: {
                                    city?: string;
                                    country?: string;
                                    postcode?: string;
                                    region?: string;
                                    street?: string;
                                    /** @enum {string} */
                                    type: "work" | "home" | "legal" | "other";
                                }[];
                                createdAt: string;
                                custom: {
                                    [key: string]: unknown;
                                };
                                emails?: {
                                    masked?: boolean;
                                    /** @enum {string} */
                                    type: "work" | "personal" | "other";
                                    value: string;
                                }[];
                                id: string;
                                industry: string | null;
                                lastActivityAt: string | null;
                                legalName: string | null;
                                messengers?: {
                                    masked?: boolean;
                                    /** @enum {string} */
                                    type: "telegram" | "whatsapp" | "viber" | "vk" | "other";
                                    value: string;
                                }[];
                                name: string;
                                notes?: string | null;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                people: {
                                    contact: {
                                        displayName: string;
                                        id: string;
                                    } | null;
                                    endedOn: string | null;
                                    linkId: string;
                                    role: string | null;
                                    startedOn: string | null;
                                }[];
                                phones?: {
                                    display: string;
                                    e164: string | null;
                                    flagged: boolean;
                                    masked?: boolean;
                                    tel: string | null;
                                    /** @enum {string} */
                                    type: "mobile" | "work" | "home" | "other";
                                    value: string;
                                }[];
                                size: ("1-10" | "11-50" | "51-200" | "201-1000" | "1000+") | null;
                                source: string | null;
                                tags: string[];
                                taxId?: string | null;
                                updatedAt: string;
                                version: number;
                                website: string | null;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Move a company to the trash */
        delete: {
            parameters: {
                query: {
                    version: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a company (names the version it read) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        addresses?: {
                            city?: string | null;
                            country?: ("" | string) | null;
                            postcode?: string | null;
                            region?: string | null;
                            street?: string | null;
                            /** @enum {string} */
                            type?: "work" | "home" | "legal" | "other";
                        }[];
                        custom?: {
                            [key: string]: unknown;
                        };
                        emails?: {
                            /** @enum {string} */
                            type?: "work" | "personal" | "other";
                            /** Format: email */
                            value: string;
                        }[];
                        industry?: string | null;
                        legalName?: string | null;
                        messengers?: {
                            /** @enum {string} */
                            type: "telegram" | "whatsapp" | "viber" | "vk" | "other";
                            value: string;
                        }[];
                        name?: string;
                        notes?: string | null;
                        ownerId?: string;
                        phones?: {
                            country?: string;
                            keepAsTyped?: boolean;
                            /** @enum {string} */
                            type?: "mobile" | "work" | "home" | "other";
                            value: string;
                        }[];
                        size?: ("1-10" | "11-50" | "51-200" | "201-1000" | "1000+") | null;
                        source?: string | null;
                        tags?: string[];
                        taxId?: string | null;
                        version: number;
                        website?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            company: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                addresses?: {
                                    city?: string;
                                    country?: string;
                                    postcode?: string;
                                    region?: string;
                                    street?: string;
                                    /** @enum {string} */
                                    type: "work" | "home" | "legal" | "other";
                                }[];
                                createdAt: string;
                                custom: {
                                    [key: string]: unknown;
                                };
                                emails?: {
                                    masked?: boolean;
                                    /** @enum {string} */
                                    type: "work" | "personal" | "other";
                                    value: string;
                                }[];
                                id: string;
                                industry: string | null;
                                lastActivityAt: string | null;
                                legalName: string | null;
                                messengers?: {
                                    masked?: boolean;
                                    /** @enum {string} */
                                    type: "telegram" | "whatsapp" | "viber" | "vk" | "other";
                                    value: string;
                                }[];
                                name: string;
                                notes?: string | null;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                people: {
                                    contact: {
                                        displayName: string;
                                        id: string;
                                    } | null;
                                    endedOn: string | null;
                                    linkId: string;
                                    role: string | null;
                                    startedOn: string | null;
                                }[];
                                phones?: {
                                    display: string;
                                    e164: string | null;
                                    flagged: boolean;
                                    masked?: boolean;
                                    tel: string | null;
                                    /** @enum {string} */
                                    type: "mobile" | "work" | "home" | "other";
                                    value: string;
                                }[];
                                size: ("1-10" | "11-50" | "51-200" | "201-1000" | "1000+") | null;
                                source: string | null;
                                tags: string[];
                                taxId?: string | null;
                                updatedAt: string;
                                version: number;
                                website: string | null;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/companies/{id}/phones/{index}/call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Call one of a company's phones (works when they are masked; refused when hidden) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    index: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A tel: link to dial; not for showing */
                            tel: string;
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{id}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who a company is shared with */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canManage: boolean;
                            items: {
                                /** @enum {string} */
                                level: "view" | "edit";
                                sharedAt: string;
                                sharedBy: {
                                    id: string;
                                    name: string;
                                } | null;
                                user: {
                                    active: boolean;
                                    id: string;
                                    name: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Share a company with a colleague as an observer (view) or co-owner (edit); needs edit on it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        level: "view" | "edit";
                        userId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canManage: boolean;
                            items: {
                                /** @enum {string} */
                                level: "view" | "edit";
                                sharedAt: string;
                                sharedBy: {
                                    id: string;
                                    name: string;
                                } | null;
                                user: {
                                    active: boolean;
                                    id: string;
                                    name: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{id}/shares/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop sharing a company with a colleague */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** One action over picked companies or all a filter matches; those out of reach are skipped. Over 200 runs as a job (202) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "assign_owner" | "add_tags" | "remove_tags" | "delete";
                        ids?: string[];
                        match?: {
                            createdFrom?: string;
                            createdTo?: string;
                            filter?: string;
                            noActivityDays?: string;
                            ownerId?: string;
                            q?: string;
                            /** @default name */
                            sort?: string;
                            tag?: string;
                        };
                        ownerId?: string;
                        tags?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            skipped: number;
                            updated: number;
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            job: {
                                createdAt: string;
                                done: number;
                                error: string | null;
                                finishedAt: string | null;
                                id: string;
                                kind: string;
                                result: {
                                    [key: string]: unknown;
                                } | null;
                                /** @enum {string} */
                                state: "queued" | "running" | "done" | "failed";
                                total: number;
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered companies as CSV (UTF-8 with BOM); needs the export right */
        get: {
            parameters: {
                query?: {
                    createdFrom?: string;
                    createdTo?: string;
                    filter?: string;
                    noActivityDays?: string;
                    ownerId?: string;
                    q?: string;
                    sort?: string;
                    tag?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contact-companies/{linkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unlink a contact from a company */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    linkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change the role or dates of a contact–company link */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    linkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        endedOn?: string | null;
                        role?: string | null;
                        startedOn?: string | null;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            link: {
                                company: {
                                    id: string;
                                    name: string;
                                } | null;
                                companyId: string;
                                contact: {
                                    displayName: string;
                                    id: string;
                                } | null;
                                contactId: string;
                                endedOn: string | null;
                                linkId: string;
                                role: string | null;
                                startedOn: string | null;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** contacts: filtered, sorted and paged by cursor */
        get: {
            parameters: {
                query?: {
                    companyId?: string;
                    count?: "0" | "1" | "true" | "false";
                    createdFrom?: string;
                    createdTo?: string;
                    cursor?: string;
                    filter?: string;
                    limit?: string;
                    noActivityDays?: string;
                    ownerId?: string;
                    q?: string;
                    sort?: string;
                    status?: string;
                    tag?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "items": [
                         *         {
                         *           "id": "0193a8e2-7c4b-7d10-9c61-5a1e2b3c4d5e",
                         *           "firstName": "Иван",
                         *           "middleName": null,
                         *           "lastName": "Петров",
                         *           "displayName": "Иван Петров",
                         *           "position": "Управител",
                         *           "birthday": "1984-03-12",
                         *           "status": "client",
                         *           "website": "https://example.bg",
                         *           "source": null,
                         *           "notes": null,
                         *           "phones": [
                         *             {
                         *               "type": "mobile",
                         *               "value": "0888 123 456",
                         *               "e164": "+359888123456",
                         *               "display": "088 812 3456",
                         *               "tel": "tel:+359888123456",
                         *               "flagged": false
                         *             }
                         *           ],
                         *           "emails": [
                         *             {
                         *               "type": "work",
                         *               "value": "ivan@example.bg"
                         *             }
                         *           ],
                         *           "messengers": [],
                         *           "addresses": [
                         *             {
                         *               "type": "work",
                         *               "country": "BG",
                         *               "city": "София"
                         *             }
                         *           ],
                         *           "tags": [
                         *             "vip"
                         *           ],
                         *           "custom": {},
                         *           "owner": {
                         *             "id": "0193a8e2-7c4b-7d10-9c61-000000000001",
                         *             "name": "Мария Иванова"
                         *           },
                         *           "lastActivityAt": null,
                         *           "createdAt": "2026-12-07T09:30:00.000Z",
                         *           "updatedAt": "2026-12-07T09:30:00.000Z",
                         *           "version": 1,
                         *           "abilities": {
                         *             "edit": true,
                         *             "delete": true
                         *           },
                         *           "companyNames": [],
                         *           "primaryPhone": {
                         *             "type": "mobile",
                         *             "value": "0888 123 456",
                         *             "e164": "+359888123456",
                         *             "display": "088 812 3456",
                         *             "tel": "tel:+359888123456",
                         *             "flagged": false
                         *           },
                         *           "primaryEmail": "ivan@example.bg"
                         *         }
                         *       ],
                         *       "nextCursor": null,
                         *       "total": 1
                         *     }
                         */
                        "application/json": {
                            items: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                addresses?: {
                                    city?: string;
                                    country?: string;
                                    postcode?: string;
                                    region?: string;
                                    street?: string;
                                    /** @enum {string} */
                                    type: "work" | "home" | "legal" | "other";
                                }[];
                                birthday: string | null;
                                companyNames: string[];
                                createdAt: string;
                                custom: {
                                    [key: string]: unknown;
                                };
                                displayName: string;
                                emails?: {
                                    masked?: boolean;
                                    /** @enum {string} */
                                    type: "work" | "personal" | "other";
                                    value: string;
                                }[];
                                firstName: string | null;
                                id: string;
                                lastActivityAt: string | null;
                                lastName: string | null;
                                messengers?: {
                                    masked?: boolean;
                                    /** @enum {string} */
                                    type: "telegram" | "whatsapp" | "viber" | "vk" | "other";
                                    value: string;
                                }[];
                                middleName: string | null;
                                notes?: string | null;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                phones?: {
                                    display: string;
                                    e164: string | null;
                                    flagged: boolean;
                                    masked?: boolean;
                                    tel: string | null;
                                    /** @enum {string} */
                                    type: "mobile" | "work" | "home" | "other";
                                    value: string;
                                }[];
                                position: string | null;
                                primaryEmail?: string | null;
                                primaryPhone?: {
                                    display: string;
                                    e164: string | null;
                                    flagged: boolean;
                                    masked?: boolean;
                                    tel: string | null;
                                    /** @enum {string} */
                                    type: "mobile" | "work" | "home" | "other";
                                    value: string;
                                } | null;
                                source: string | null;
                                /** @enum {string} */
                                status: "lead" | "client" | "former_client";
                                tags: string[];
                                updatedAt: string;
                                version: number;
                                website: string | null;
                            }[];
                            nextCursor: string | null;
                            total?: number;
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "validation_failed",
                         *         "message": "Some fields are missing or invalid",
                         *         "fields": {
                         *           "limit": "invalid_type"
                         *         }
                         *       }
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a contact */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "firstName": "Иван",
                     *       "lastName": "Петров",
                     *       "position": "Управител",
                     *       "birthday": "1984-03-12",
                     *       "status": "client",
                     *       "phones": [
                     *         {
                     *           "type": "mobile",
                     *           "value": "0888 123 456"
                     *         }
                     *       ],
                     *       "emails": [
                     *         {
                     *           "type": "work",
                     *           "value": "ivan@example.bg"
                     *         }
                     *       ],
                     *       "addresses": [
                     *         {
                     *           "type": "work",
                     *           "country": "BG",
                     *           "city": "София"
                     *         }
                     *       ],
                     *       "tags": [
                     *         "vip"
                     *       ]
                     *     }
                     */
                    "application/json": {
                        addresses?: {
                            city?: string | null;
                            country?: ("" | string) | null;
                            postcode?: string | null;
                            region?: string | null;
                            street?: string | null;
                            /** @enum {string} */
                            type?: "work" | "home" | "legal" | "other";
                        }[];
                        birthday?: string | null;
                        custom?: {
                            [key: string]: unknown;
                        };
                        displayName?: string | null;
                        emails?: {
                            /** @enum {string} */
                            type?: "work" | "personal" | "other";
                            /** Format: email */
                            value: string;
                        }[];
                        firstName?: string | null;
                        lastName?: string | null;
                        messengers?: {
                            /** @enum {string} */
                            type: "telegram" | "whatsapp" | "viber" | "vk" | "other";
                            value: string;
                        }[];
                        middleName?: string | null;
                        notes?: string | null;
                        ownerId?: string;
                        phones?: {
                            country?: string;
                            keepAsTyped?: boolean;
                            /** @enum {string} */
                            type?: "mobile" | "work" | "home" | "other";
                            value: string;
                        }[];
                        position?: string | null;
                        source?: string | null;
                        /** @enum {string} */
                        status?: "lead" | "client" | "former_client";
                        tags?: string[];
                        website?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "contact": {
                         *         "id": "0193a8e2-7c4b-7d10-9c61-5a1e2b3c4d5e",
                         *         "firstName": "Иван",
                         *         "middleName": null,
                         *         "lastName": "Петров",
                         *         "displayName": "Иван Петров",
                         *         "position": "Управител",
                         *         "birthday": "1984-03-12",
                         *         "status": "client",
                         *         "website": "https://example.bg",
                         *         "source": null,
                         *         "notes": null,
                         *         "phones": [
                         *           {
                         *             "type": "mobile",
                         *             "value": "0888 123 456",
                         *             "e164": "+359888123456",
                         *             "display": "088 812 3456",
                         *             "tel": "tel:+359888123456",
                         *             "flagged": false
                         *           }
                         *         ],
                         *         "emails": [
                         *           {
                         *             "type": "work",
                         *             "value": "ivan@example.bg"
                         *           }
                         *         ],
                         *         "messengers": [],
                         *         "addresses": [
                         *           {
                         *             "type": "work",
                         *             "country": "BG",
                         *             "city": "София"
                         *           }
                         *         ],
                         *         "tags": [
                         *           "vip"
                         *         ],
                         *         "custom": {},
                         *         "owner": {
                         *           "id": "0193a8e2-7c4b-7d10-9c61-000000000001",
                         *           "name": "Мария Иванова"
                         *         },
                         *         "lastActivityAt": null,
                         *         "createdAt": "2026-12-07T09:30:00.000Z",
                         *         "updatedAt": "2026-12-07T09:30:00.000Z",
                         *         "version": 1,
                         *         "abilities": {
                         *           "edit": true,
                         *           "delete": true
                         *         },
                         *         "companies": []
                         *       }
                         *     }
                         */
                        "application/json": {
                            contact: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                addresses?: {
                                    city?: string;
                                    country?: string;
                                    postcode?: string;
                                    region?: string;
                                    street?: string;
                                    /** @enum {string} */
                                    type: "work" | "home" | "legal" | "other";
                                }[];
                                birthday: string | null;
                                companies: {
                                    company: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    endedOn: string | null;
                                    linkId: string;
                                    role: string | null;
                                    startedOn: string | null;
                                }[];
                                createdAt: string;
                                custom: {
                                    [key: string]: unknown;
                                };
                                displayName: string;
                                emails?: {
                                    masked?: boolean;
                                    /** @enum {string} */
                                    type: "work" | "personal" | "other";
                                    value: string;
                                }[];
                                firstName: string | null;
                                id: string;
                                lastActivityAt: string | null;
                                lastName: string | null;
                                messengers?: {
                                    masked?: boolean;
                                    /** @enum {string} */
                                    type: "telegram" | "whatsapp" | "viber" | "vk" | "other";
                                    value: string;
                                }[];
                                middleName: string | null;
                                notes?: string | null;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                phones?: {
                                    display: string;
                                    e164: string | null;
                                    flagged: boolean;
                                    masked?: boolean;
                                    tel: string | null;
                                    /** @enum {string} */
                                    type: "mobile" | "work" | "home" | "other";
                                    value: string;
                                }[];
                                position: string | null;
                                source: string | null;
                                /** @enum {string} */
                                status: "lead" | "client" | "former_client";
                                tags: string[];
                                updatedAt: string;
                                version: number;
                                website: string | null;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "validation_failed",
                         *         "message": "Some fields are missing or invalid",
                         *         "fields": {
                         *           "birthday": "too_late",
                         *           "addresses.0.country": "invalid_country"
                         *         }
                         *       }
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One contact (counts toward the exfiltration alarm) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "contact": {
                         *         "id": "0193a8e2-7c4b-7d10-9c61-5a1e2b3c4d5e",
                         *         "firstName": "Иван",
                         *         "middleName": null,
                         *         "lastName": "Петров",
                         *         "displayName": "Иван Петров",
                         *         "position": "Управител",
                         *         "birthday": "1984-03-12",
                         *         "status": "client",
                         *         "website": "https://example.bg",
                         *         "source": null,
                         *         "notes": null,
                         *         "phones": [
                         *           {
                         *             "type": "mobile",
                         *             "value": "0888 123 456",
                         *             "e164": "+359888123456",
                         *             "display": "088 812 3456",
                         *             "tel": "tel:+359888123456",
                         *             "flagged": false
                         *           }
                         *         ],
                         *         "emails": [
                         *           {
                         *             "type": "work",
                         *             "value": "ivan@example.bg"
                         *           }
                         *         ],
                         *         "messengers": [],
                         *         "addresses": [
                         *           {
                         *             "type": "work",
                         *             "country": "BG",
                         *             "city": "София"
                         *           }
                         *         ],
                         *         "tags": [
                         *           "vip"
                         *         ],
                         *         "custom": {},
                         *         "owner": {
                         *           "id": "0193a8e2-7c4b-7d10-9c61-000000000001",
                         *           "name": "Мария Иванова"
                         *         },
                         *         "lastActivityAt": null,
                         *         "createdAt": "2026-12-07T09:30:00.000Z",
                         *         "updatedAt": "2026-12-07T09:30:00.000Z",
                         *         "version": 1,
                         *         "abilities": {
                         *           "edit": true,
                         *           "delete": true
                         *         },
                         *         "companies": []
                         *       }
                         *     }
                         */
                        "application/json": {
                            contact: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                addresses?: {
                                    city?: string;
                                    country?: string;
                                    postcode?: string;
                                    region?: string;
                                    street?: string;
                                    /** @enum {string} */
                                    type: "work" | "home" | "legal" | "other";
                                }[];
                                birthday: string | null;
                                companies: {
                                    company: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    endedOn: string | null;
                                    linkId: string;
                                    role: string | null;
                                    startedOn: string | null;
                                }[];
                                createdAt: string;
                                custom: {
                                    [key: string]: unknown;
                                };
                                displayName: string;
                                emails?: {
                                    masked?: boolean;
                                    /** @enum {string} */
                                    type: "work" | "personal" | "other";
                                    value: string;
                                }[];
                                firstName: string | null;
                                id: string;
                                lastActivityAt: string | null;
                                lastName: string | null;
                                messengers?: {
                                    masked?: boolean;
                                    /** @enum {string} */
                                    type: "telegram" | "whatsapp" | "viber" | "vk" | "other";
                                    value: string;
                                }[];
                                middleName: string | null;
                                notes?: string | null;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                phones?: {
                                    display: string;
                                    e164: string | null;
                                    flagged: boolean;
                                    masked?: boolean;
                                    tel: string | null;
                                    /** @enum {string} */
                                    type: "mobile" | "work" | "home" | "other";
                                    value: string;
                                }[];
                                position: string | null;
                                source: string | null;
                                /** @enum {string} */
                                status: "lead" | "client" | "former_client";
                                tags: string[];
                                updatedAt: string;
                                version: number;
                                website: string | null;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Move a contact to the trash */
        delete: {
            parameters: {
                query: {
                    version: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a contact (names the version it read) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "position": "Търговски директор",
                     *       "version": 1
                     *     }
                     */
                    "application/json": {
                        addresses?: {
                            city?: string | null;
                            country?: ("" | string) | null;
                            postcode?: string | null;
                            region?: string | null;
                            street?: string | null;
                            /** @enum {string} */
                            type?: "work" | "home" | "legal" | "other";
                        }[];
                        birthday?: string | null;
                        custom?: {
                            [key: string]: unknown;
                        };
                        displayName?: string | null;
                        emails?: {
                            /** @enum {string} */
                            type?: "work" | "personal" | "other";
                            /** Format: email */
                            value: string;
                        }[];
                        firstName?: string | null;
                        lastName?: string | null;
                        messengers?: {
                            /** @enum {string} */
                            type: "telegram" | "whatsapp" | "viber" | "vk" | "other";
                            value: string;
                        }[];
                        middleName?: string | null;
                        notes?: string | null;
                        ownerId?: string;
                        phones?: {
                            country?: string;
                            keepAsTyped?: boolean;
                            /** @enum {string} */
                            type?: "mobile" | "work" | "home" | "other";
                            value: string;
                        }[];
                        position?: string | null;
                        source?: string | null;
                        /** @enum {string} */
                        status?: "lead" | "client" | "former_client";
                        tags?: string[];
                        version: number;
                        website?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "contact": {
                         *         "id": "0193a8e2-7c4b-7d10-9c61-5a1e2b3c4d5e",
                         *         "firstName": "Иван",
                         *         "middleName": null,
                         *         "lastName": "Петров",
                         *         "displayName": "Иван Петров",
                         *         "position": "Търговски директор",
                         *         "birthday": "1984-03-12",
                         *         "status": "client",
                         *         "website": "https://example.bg",
                         *         "source": null,
                         *         "notes": null,
                         *         "phones": [
                         *           {
                         *             "type": "mobile",
                         *             "value": "0888 123 456",
                         *             "e164": "+359888123456",
                         *             "display": "088 812 3456",
                         *             "tel": "tel:+359888123456",
                         *             "flagged": false
                         *           }
                         *         ],
                         *         "emails": [
                         *           {
                         *             "type": "work",
                         *             "value": "ivan@example.bg"
                         *           }
                         *         ],
                         *         "messengers": [],
                         *         "addresses": [
                         *           {
                         *             "type": "work",
                         *             "country": "BG",
                         *             "city": "София"
                         *           }
                         *         ],
                         *         "tags": [
                         *           "vip"
                         *         ],
                         *         "custom": {},
                         *         "owner": {
                         *           "id": "0193a8e2-7c4b-7d10-9c61-000000000001",
                         *           "name": "Мария Иванова"
                         *         },
                         *         "lastActivityAt": null,
                         *         "createdAt": "2026-12-07T09:30:00.000Z",
                         *         "updatedAt": "2026-12-07T09:30:00.000Z",
                         *         "version": 2,
                         *         "abilities": {
                         *           "edit": true,
                         *           "delete": true
                         *         },
                         *         "companies": []
                         *       }
                         *     }
                         */
                        "application/json": {
                            contact: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                addresses?: {
                                    city?: string;
                                    country?: string;
                                    postcode?: string;
                                    region?: string;
                                    street?: string;
                                    /** @enum {string} */
                                    type: "work" | "home" | "legal" | "other";
                                }[];
                                birthday: string | null;
                                companies: {
                                    company: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    endedOn: string | null;
                                    linkId: string;
                                    role: string | null;
                                    startedOn: string | null;
                                }[];
                                createdAt: string;
                                custom: {
                                    [key: string]: unknown;
                                };
                                displayName: string;
                                emails?: {
                                    masked?: boolean;
                                    /** @enum {string} */
                                    type: "work" | "personal" | "other";
                                    value: string;
                                }[];
                                firstName: string | null;
                                id: string;
                                lastActivityAt: string | null;
                                lastName: string | null;
                                messengers?: {
                                    masked?: boolean;
                                    /** @enum {string} */
                                    type: "telegram" | "whatsapp" | "viber" | "vk" | "other";
                                    value: string;
                                }[];
                                middleName: string | null;
                                notes?: string | null;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                phones?: {
                                    display: string;
                                    e164: string | null;
                                    flagged: boolean;
                                    masked?: boolean;
                                    tel: string | null;
                                    /** @enum {string} */
                                    type: "mobile" | "work" | "home" | "other";
                                    value: string;
                                }[];
                                position: string | null;
                                source: string | null;
                                /** @enum {string} */
                                status: "lead" | "client" | "former_client";
                                tags: string[];
                                updatedAt: string;
                                version: number;
                                website: string | null;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "conflict",
                         *         "message": "Contact was changed by someone else",
                         *         "fields": {},
                         *         "current": {
                         *           "id": "0193a8e2-7c4b-7d10-9c61-5a1e2b3c4d5e",
                         *           "firstName": "Иван",
                         *           "middleName": null,
                         *           "lastName": "Петров",
                         *           "displayName": "Иван Петров",
                         *           "position": "Управител",
                         *           "birthday": "1984-03-12",
                         *           "status": "client",
                         *           "website": "https://example.bg",
                         *           "source": null,
                         *           "notes": null,
                         *           "phones": [
                         *             {
                         *               "type": "mobile",
                         *               "value": "0888 123 456",
                         *               "e164": "+359888123456",
                         *               "display": "088 812 3456",
                         *               "tel": "tel:+359888123456",
                         *               "flagged": false
                         *             }
                         *           ],
                         *           "emails": [
                         *             {
                         *               "type": "work",
                         *               "value": "ivan@example.bg"
                         *             }
                         *           ],
                         *           "messengers": [],
                         *           "addresses": [
                         *             {
                         *               "type": "work",
                         *               "country": "BG",
                         *               "city": "София"
                         *             }
                         *           ],
                         *           "tags": [
                         *             "vip"
                         *           ],
                         *           "custom": {},
                         *           "owner": {
                         *             "id": "0193a8e2-7c4b-7d10-9c61-000000000001",
                         *             "name": "Мария Иванова"
                         *           },
                         *           "lastActivityAt": null,
                         *           "createdAt": "2026-12-07T09:30:00.000Z",
                         *           "updatedAt": "2026-12-07T09:30:00.000Z",
                         *           "version": 2,
                         *           "abilities": {
                         *             "edit": true,
                         *             "delete": true
                         *           },
                         *           "companies": []
                         *         }
                         *       }
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/contacts/{id}/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link a contact to a company */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        companyId: string;
                        endedOn?: string | null;
                        role?: string | null;
                        startedOn?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            link: {
                                company: {
                                    id: string;
                                    name: string;
                                } | null;
                                companyId: string;
                                contact: {
                                    displayName: string;
                                    id: string;
                                } | null;
                                contactId: string;
                                endedOn: string | null;
                                linkId: string;
                                role: string | null;
                                startedOn: string | null;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/phones/{index}/call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Call one of a contact's phones (works when they are masked; refused when hidden) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    index: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A tel: link to dial; not for showing */
                            tel: string;
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who a contact is shared with */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canManage: boolean;
                            items: {
                                /** @enum {string} */
                                level: "view" | "edit";
                                sharedAt: string;
                                sharedBy: {
                                    id: string;
                                    name: string;
                                } | null;
                                user: {
                                    active: boolean;
                                    id: string;
                                    name: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Share a contact with a colleague as an observer (view) or co-owner (edit); needs edit on it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        level: "view" | "edit";
                        userId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canManage: boolean;
                            items: {
                                /** @enum {string} */
                                level: "view" | "edit";
                                sharedAt: string;
                                sharedBy: {
                                    id: string;
                                    name: string;
                                } | null;
                                user: {
                                    active: boolean;
                                    id: string;
                                    name: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/shares/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop sharing a contact with a colleague */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** One action over picked contacts or all a filter matches; those out of reach are skipped. Over 200 runs as a job (202) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "assign_owner" | "add_tags" | "remove_tags" | "set_status" | "delete";
                        ids?: string[];
                        match?: {
                            companyId?: string;
                            createdFrom?: string;
                            createdTo?: string;
                            filter?: string;
                            noActivityDays?: string;
                            ownerId?: string;
                            q?: string;
                            /** @default name */
                            sort?: string;
                            status?: string;
                            tag?: string;
                        };
                        ownerId?: string;
                        /** @enum {string} */
                        status?: "lead" | "client" | "former_client";
                        tags?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            skipped: number;
                            updated: number;
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            job: {
                                createdAt: string;
                                done: number;
                                error: string | null;
                                finishedAt: string | null;
                                id: string;
                                kind: string;
                                result: {
                                    [key: string]: unknown;
                                } | null;
                                /** @enum {string} */
                                state: "queued" | "running" | "done" | "failed";
                                total: number;
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered contacts as CSV (UTF-8 with BOM); needs the export right */
        get: {
            parameters: {
                query?: {
                    companyId?: string;
                    createdFrom?: string;
                    createdTo?: string;
                    filter?: string;
                    noActivityDays?: string;
                    ownerId?: string;
                    q?: string;
                    sort?: string;
                    status?: string;
                    tag?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/custom-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Custom fields of a record type, by position */
        get: {
            parameters: {
                query: {
                    /** @description A record type with customFields (e.g. contact, company) */
                    entity: string;
                    includeRetired?: "0" | "1" | "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                defaultValue: unknown;
                                entity: string;
                                filterable: boolean;
                                helpText: string | null;
                                id: string;
                                key: string;
                                label: string;
                                options: {
                                    key: string;
                                    label: string;
                                }[];
                                position: number;
                                required: boolean;
                                retired: boolean;
                                /** @enum {string} */
                                type: "text" | "long_text" | "number" | "money" | "date" | "datetime" | "select" | "multi_select" | "checkbox" | "url" | "phone" | "email" | "user";
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a custom field (its key is made from the label) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        defaultValue?: unknown;
                        /** @description A record type with customFields (e.g. contact, company) */
                        entity: string;
                        filterable?: boolean;
                        helpText?: string | null;
                        label: string;
                        options?: {
                            key?: string;
                            label: string;
                        }[];
                        required?: boolean;
                        /** @enum {string} */
                        type: "text" | "long_text" | "number" | "money" | "date" | "datetime" | "select" | "multi_select" | "checkbox" | "url" | "phone" | "email" | "user";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            field: {
                                defaultValue: unknown;
                                entity: string;
                                filterable: boolean;
                                helpText: string | null;
                                id: string;
                                key: string;
                                label: string;
                                options: {
                                    key: string;
                                    label: string;
                                }[];
                                position: number;
                                required: boolean;
                                retired: boolean;
                                /** @enum {string} */
                                type: "text" | "long_text" | "number" | "money" | "date" | "datetime" | "select" | "multi_select" | "checkbox" | "url" | "phone" | "email" | "user";
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/custom-fields/{id}": {
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
        /** Rename a field or change its options, default, help text, required flag */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        defaultValue?: unknown;
                        filterable?: boolean;
                        helpText?: string | null;
                        label?: string;
                        options?: {
                            key?: string;
                            label: string;
                        }[];
                        required?: boolean;
                        type?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            field: {
                                defaultValue: unknown;
                                entity: string;
                                filterable: boolean;
                                helpText: string | null;
                                id: string;
                                key: string;
                                label: string;
                                options: {
                                    key: string;
                                    label: string;
                                }[];
                                position: number;
                                required: boolean;
                                retired: boolean;
                                /** @enum {string} */
                                type: "text" | "long_text" | "number" | "money" | "date" | "datetime" | "select" | "multi_select" | "checkbox" | "url" | "phone" | "email" | "user";
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/custom-fields/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire a field (values are kept) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            field: {
                                defaultValue: unknown;
                                entity: string;
                                filterable: boolean;
                                helpText: string | null;
                                id: string;
                                key: string;
                                label: string;
                                options: {
                                    key: string;
                                    label: string;
                                }[];
                                position: number;
                                required: boolean;
                                retired: boolean;
                                /** @enum {string} */
                                type: "text" | "long_text" | "number" | "money" | "date" | "datetime" | "select" | "multi_select" | "checkbox" | "url" | "phone" | "email" | "user";
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/custom-fields/{id}/unretire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring a retired field back */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            field: {
                                defaultValue: unknown;
                                entity: string;
                                filterable: boolean;
                                helpText: string | null;
                                id: string;
                                key: string;
                                label: string;
                                options: {
                                    key: string;
                                    label: string;
                                }[];
                                position: number;
                                required: boolean;
                                retired: boolean;
                                /** @enum {string} */
                                type: "text" | "long_text" | "number" | "money" | "date" | "datetime" | "select" | "multi_select" | "checkbox" | "url" | "phone" | "email" | "user";
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/custom-fields/reorder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put the fields of a record type in order */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A record type with customFields (e.g. contact, company) */
                        entity: string;
                        ids: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                defaultValue: unknown;
                                entity: string;
                                filterable: boolean;
                                helpText: string | null;
                                id: string;
                                key: string;
                                label: string;
                                options: {
                                    key: string;
                                    label: string;
                                }[];
                                position: number;
                                required: boolean;
                                retired: boolean;
                                /** @enum {string} */
                                type: "text" | "long_text" | "number" | "money" | "date" | "datetime" | "select" | "multi_select" | "checkbox" | "url" | "phone" | "email" | "user";
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My dashboards, those shared with me or my role, and my role's default */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            homeId: string | null;
                            items: {
                                canEdit: boolean;
                                createdAt: string;
                                defaultForRoleIds: string[];
                                id: string;
                                name: string;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                shared: {
                                    roleIds: string[];
                                    userIds: string[];
                                };
                                updatedAt: string;
                                version: number;
                                widgets: {
                                    h: number;
                                    id: string;
                                    /** @enum {string} */
                                    key: "funnel" | "win_rate" | "avg_deal" | "cycle_length" | "stage_time" | "revenue" | "plan_fact" | "forecast" | "activity" | "response_time" | "lost_reasons" | "sources" | "clients_new_repeat" | "retention" | "clv" | "resolve_time";
                                    params: {
                                        [key: string]: string | number | null;
                                    };
                                    w: number;
                                    x: number;
                                    y: number;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a dashboard */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        shared?: {
                            /** @default [] */
                            roleIds?: string[];
                            /** @default [] */
                            userIds?: string[];
                        };
                        /** @default [] */
                        widgets?: {
                            h: number;
                            id: string;
                            /** @enum {string} */
                            key: "funnel" | "win_rate" | "avg_deal" | "cycle_length" | "stage_time" | "revenue" | "plan_fact" | "forecast" | "activity" | "response_time" | "lost_reasons" | "sources" | "clients_new_repeat" | "retention" | "clv" | "resolve_time";
                            /** @default {} */
                            params?: {
                                [key: string]: string | number | null;
                            };
                            w: number;
                            x: number;
                            y: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dashboard: {
                                canEdit: boolean;
                                createdAt: string;
                                defaultForRoleIds: string[];
                                id: string;
                                name: string;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                shared: {
                                    roleIds: string[];
                                    userIds: string[];
                                };
                                updatedAt: string;
                                version: number;
                                widgets: {
                                    h: number;
                                    id: string;
                                    /** @enum {string} */
                                    key: "funnel" | "win_rate" | "avg_deal" | "cycle_length" | "stage_time" | "revenue" | "plan_fact" | "forecast" | "activity" | "response_time" | "lost_reasons" | "sources" | "clients_new_repeat" | "retention" | "clv" | "resolve_time";
                                    params: {
                                        [key: string]: string | number | null;
                                    };
                                    w: number;
                                    x: number;
                                    y: number;
                                }[];
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A dashboard */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dashboard: {
                                canEdit: boolean;
                                createdAt: string;
                                defaultForRoleIds: string[];
                                id: string;
                                name: string;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                shared: {
                                    roleIds: string[];
                                    userIds: string[];
                                };
                                updatedAt: string;
                                version: number;
                                widgets: {
                                    h: number;
                                    id: string;
                                    /** @enum {string} */
                                    key: "funnel" | "win_rate" | "avg_deal" | "cycle_length" | "stage_time" | "revenue" | "plan_fact" | "forecast" | "activity" | "response_time" | "lost_reasons" | "sources" | "clients_new_repeat" | "retention" | "clv" | "resolve_time";
                                    params: {
                                        [key: string]: string | number | null;
                                    };
                                    w: number;
                                    x: number;
                                    y: number;
                                }[];
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a dashboard */
        delete: {
            parameters: {
                query: {
                    version: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename, share or rearrange a dashboard (409 on a stale version) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        shared?: {
                            /** @default [] */
                            roleIds?: string[];
                            /** @default [] */
                            userIds?: string[];
                        };
                        version: number;
                        widgets?: {
                            h: number;
                            id: string;
                            /** @enum {string} */
                            key: "funnel" | "win_rate" | "avg_deal" | "cycle_length" | "stage_time" | "revenue" | "plan_fact" | "forecast" | "activity" | "response_time" | "lost_reasons" | "sources" | "clients_new_repeat" | "retention" | "clv" | "resolve_time";
                            /** @default {} */
                            params?: {
                                [key: string]: string | number | null;
                            };
                            w: number;
                            x: number;
                            y: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dashboard: {
                                canEdit: boolean;
                                createdAt: string;
                                defaultForRoleIds: string[];
                                id: string;
                                name: string;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                shared: {
                                    roleIds: string[];
                                    userIds: string[];
                                };
                                updatedAt: string;
                                version: number;
                                widgets: {
                                    h: number;
                                    id: string;
                                    /** @enum {string} */
                                    key: "funnel" | "win_rate" | "avg_deal" | "cycle_length" | "stage_time" | "revenue" | "plan_fact" | "forecast" | "activity" | "response_time" | "lost_reasons" | "sources" | "clients_new_repeat" | "retention" | "clv" | "resolve_time";
                                    params: {
                                        [key: string]: string | number | null;
                                    };
                                    w: number;
                                    x: number;
                                    y: number;
                                }[];
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/deals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** deals: filtered, sorted and paged by cursor */
        get: {
            parameters: {
                query?: {
                    companyId?: string;
                    contactId?: string;
                    count?: "0" | "1" | "true" | "false";
                    createdFrom?: string;
                    createdTo?: string;
                    cursor?: string;
                    filter?: string;
                    limit?: string;
                    noActivityDays?: string;
                    noNextStep?: "0" | "1";
                    ownerId?: string;
                    pipelineId?: string;
                    q?: string;
                    rotting?: "0" | "1";
                    sort?: string;
                    stageId?: string;
                    status?: string;
                    tag?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                amount?: number;
                                boardPosition: string;
                                closedAt: string | null;
                                company: {
                                    id: string;
                                    name: string;
                                } | null;
                                createdAt: string;
                                currency: string;
                                custom: {
                                    [key: string]: unknown;
                                };
                                expectedClose: string | null;
                                firstPerson: {
                                    id: string;
                                    name: string;
                                } | null;
                                id: string;
                                lastActivityAt: string | null;
                                lostAt: string | null;
                                lostComment: string | null;
                                lostReason: {
                                    id: string;
                                    name: string;
                                } | null;
                                noNextStep: boolean;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                pipeline: {
                                    id: string;
                                    name: string;
                                };
                                rotting: boolean;
                                source: string | null;
                                stage: {
                                    color: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "open" | "won" | "lost";
                                    name: string;
                                    probability: number;
                                };
                                stageEnteredAt: string;
                                /** @enum {string} */
                                status: "open" | "won" | "lost";
                                tags: string[];
                                title: string;
                                updatedAt: string;
                                version: number;
                                wonAt: string | null;
                            }[];
                            nextCursor: string | null;
                            total?: number;
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a deal */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount?: number;
                        comment?: string | null;
                        companyId?: string | null;
                        currency?: string;
                        custom?: {
                            [key: string]: unknown;
                        };
                        expectedClose?: string | null;
                        items?: {
                            discount?: number;
                            name?: string;
                            price?: number;
                            productId?: string;
                            quantity: number;
                            sku?: string | null;
                            taxRate?: number;
                            unit?: string | null;
                        }[];
                        lostComment?: string | null;
                        lostReasonId?: string | null;
                        ownerId?: string;
                        people?: {
                            contactId: string;
                            role?: string | null;
                        }[];
                        pipelineId?: string;
                        source?: string | null;
                        stageId?: string;
                        tags?: string[];
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deal: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                amount?: number;
                                boardPosition: string;
                                closedAt: string | null;
                                comment?: string | null;
                                company: {
                                    id: string;
                                    name: string;
                                } | null;
                                createdAt: string;
                                currency: string;
                                custom: {
                                    [key: string]: unknown;
                                };
                                expectedClose: string | null;
                                firstPerson: {
                                    id: string;
                                    name: string;
                                } | null;
                                id: string;
                                items?: {
                                    discount: number;
                                    name: string;
                                    net: number;
                                    price: number;
                                    productId: string | null;
                                    quantity: number;
                                    sku: string | null;
                                    tax: number;
                                    taxRate: number;
                                    total: number;
                                    unit: string | null;
                                }[];
                                lastActivityAt: string | null;
                                lostAt: string | null;
                                lostComment: string | null;
                                lostReason: {
                                    id: string;
                                    name: string;
                                } | null;
                                noNextStep: boolean;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                people: {
                                    contact: {
                                        id: string;
                                        name: string;
                                    };
                                    role: string | null;
                                }[];
                                pipeline: {
                                    id: string;
                                    name: string;
                                };
                                rotting: boolean;
                                source: string | null;
                                stage: {
                                    color: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "open" | "won" | "lost";
                                    name: string;
                                    probability: number;
                                };
                                stageEnteredAt: string;
                                /** @enum {string} */
                                status: "open" | "won" | "lost";
                                tags: string[];
                                title: string;
                                updatedAt: string;
                                version: number;
                                wonAt: string | null;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One deal (counts toward the exfiltration alarm) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deal: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                amount?: number;
                                boardPosition: string;
                                closedAt: string | null;
                                comment?: string | null;
                                company: {
                                    id: string;
                                    name: string;
                                } | null;
                                createdAt: string;
                                currency: string;
                                custom: {
                                    [key: string]: unknown;
                                };
                                expectedClose: string | null;
                                firstPerson: {
                                    id: string;
                                    name: string;
                                } | null;
                                id: string;
                                items?: {
                                    discount: number;
                                    name: string;
                                    net: number;
                                    price: number;
                                    productId: string | null;
                                    quantity: number;
                                    sku: string | null;
                                    tax: number;
                                    taxRate: number;
                                    total: number;
                                    unit: string | null;
                                }[];
                                lastActivityAt: string | null;
                                lostAt: string | null;
                                lostComment: string | null;
                                lostReason: {
                                    id: string;
                                    name: string;
                                } | null;
                                noNextStep: boolean;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                people: {
                                    contact: {
                                        id: string;
                                        name: string;
                                    };
                                    role: string | null;
                                }[];
                                pipeline: {
                                    id: string;
                                    name: string;
                                };
                                rotting: boolean;
                                source: string | null;
                                stage: {
                                    color: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "open" | "won" | "lost";
                                    name: string;
                                    probability: number;
                                };
                                stageEnteredAt: string;
                                /** @enum {string} */
                                status: "open" | "won" | "lost";
                                tags: string[];
                                title: string;
                                updatedAt: string;
                                version: number;
                                wonAt: string | null;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Move a deal to the trash */
        delete: {
            parameters: {
                query: {
                    version: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a deal (names the version it read) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount?: number;
                        comment?: string | null;
                        companyId?: string | null;
                        currency?: string;
                        custom?: {
                            [key: string]: unknown;
                        };
                        expectedClose?: string | null;
                        items?: {
                            discount?: number;
                            name?: string;
                            price?: number;
                            productId?: string;
                            quantity: number;
                            sku?: string | null;
                            taxRate?: number;
                            unit?: string | null;
                        }[];
                        lostComment?: string | null;
                        lostReasonId?: string | null;
                        ownerId?: string;
                        people?: {
                            contactId: string;
                            role?: string | null;
                        }[];
                        pipelineId?: string;
                        source?: string | null;
                        stageId?: string;
                        tags?: string[];
                        title?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deal: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                amount?: number;
                                boardPosition: string;
                                closedAt: string | null;
                                comment?: string | null;
                                company: {
                                    id: string;
                                    name: string;
                                } | null;
                                createdAt: string;
                                currency: string;
                                custom: {
                                    [key: string]: unknown;
                                };
                                expectedClose: string | null;
                                firstPerson: {
                                    id: string;
                                    name: string;
                                } | null;
                                id: string;
                                items?: {
                                    discount: number;
                                    name: string;
                                    net: number;
                                    price: number;
                                    productId: string | null;
                                    quantity: number;
                                    sku: string | null;
                                    tax: number;
                                    taxRate: number;
                                    total: number;
                                    unit: string | null;
                                }[];
                                lastActivityAt: string | null;
                                lostAt: string | null;
                                lostComment: string | null;
                                lostReason: {
                                    id: string;
                                    name: string;
                                } | null;
                                noNextStep: boolean;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                people: {
                                    contact: {
                                        id: string;
                                        name: string;
                                    };
                                    role: string | null;
                                }[];
                                pipeline: {
                                    id: string;
                                    name: string;
                                };
                                rotting: boolean;
                                source: string | null;
                                stage: {
                                    color: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "open" | "won" | "lost";
                                    name: string;
                                    probability: number;
                                };
                                stageEnteredAt: string;
                                /** @enum {string} */
                                status: "open" | "won" | "lost";
                                tags: string[];
                                title: string;
                                updatedAt: string;
                                version: number;
                                wonAt: string | null;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/deals/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a deal on the board: within its column, to another stage, or to another pipeline (names the version it read) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        afterId?: string | null;
                        beforeId?: string | null;
                        lostComment?: string | null;
                        lostReasonId?: string | null;
                        stageId: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deal: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                amount?: number;
                                boardPosition: string;
                                closedAt: string | null;
                                comment?: string | null;
                                company: {
                                    id: string;
                                    name: string;
                                } | null;
                                createdAt: string;
                                currency: string;
                                custom: {
                                    [key: string]: unknown;
                                };
                                expectedClose: string | null;
                                firstPerson: {
                                    id: string;
                                    name: string;
                                } | null;
                                id: string;
                                items?: {
                                    discount: number;
                                    name: string;
                                    net: number;
                                    price: number;
                                    productId: string | null;
                                    quantity: number;
                                    sku: string | null;
                                    tax: number;
                                    taxRate: number;
                                    total: number;
                                    unit: string | null;
                                }[];
                                lastActivityAt: string | null;
                                lostAt: string | null;
                                lostComment: string | null;
                                lostReason: {
                                    id: string;
                                    name: string;
                                } | null;
                                noNextStep: boolean;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                people: {
                                    contact: {
                                        id: string;
                                        name: string;
                                    };
                                    role: string | null;
                                }[];
                                pipeline: {
                                    id: string;
                                    name: string;
                                };
                                rotting: boolean;
                                source: string | null;
                                stage: {
                                    color: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "open" | "won" | "lost";
                                    name: string;
                                    probability: number;
                                };
                                stageEnteredAt: string;
                                /** @enum {string} */
                                status: "open" | "won" | "lost";
                                tags: string[];
                                title: string;
                                updatedAt: string;
                                version: number;
                                wonAt: string | null;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who a deal is shared with */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canManage: boolean;
                            items: {
                                /** @enum {string} */
                                level: "view" | "edit";
                                sharedAt: string;
                                sharedBy: {
                                    id: string;
                                    name: string;
                                } | null;
                                user: {
                                    active: boolean;
                                    id: string;
                                    name: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Share a deal with a colleague as an observer (view) or co-owner (edit); needs edit on it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        level: "view" | "edit";
                        userId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canManage: boolean;
                            items: {
                                /** @enum {string} */
                                level: "view" | "edit";
                                sharedAt: string;
                                sharedBy: {
                                    id: string;
                                    name: string;
                                } | null;
                                user: {
                                    active: boolean;
                                    id: string;
                                    name: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/shares/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop sharing a deal with a colleague */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A deal's path through the stages, with the time spent in each */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                durationMs: number;
                                enteredAt: string;
                                leftAt: string | null;
                                movedBy: string | null;
                                pipelineId: string;
                                stageId: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered deals as CSV (UTF-8 with BOM); needs the export right */
        get: {
            parameters: {
                query?: {
                    companyId?: string;
                    contactId?: string;
                    createdFrom?: string;
                    createdTo?: string;
                    filter?: string;
                    noActivityDays?: string;
                    noNextStep?: "0" | "1";
                    ownerId?: string;
                    pipelineId?: string;
                    q?: string;
                    rotting?: "0" | "1";
                    sort?: string;
                    stageId?: string;
                    status?: string;
                    tag?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All departments, flat (parentId builds the tree) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                headUserId: string | null;
                                id: string;
                                name: string;
                                parentId: string | null;
                                userCount: number;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a department */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        headUserId?: string | null;
                        name: string;
                        parentId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            department: {
                                headUserId: string | null;
                                id: string;
                                name: string;
                                parentId: string | null;
                                userCount: number;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an empty department */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename, move or change the head of a department */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        headUserId?: string | null;
                        name?: string;
                        parentId?: string | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            department: {
                                headUserId: string | null;
                                id: string;
                                name: string;
                                parentId: string | null;
                                userCount: number;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Groups of records that look like one, strongest first */
        get: {
            parameters: {
                query: {
                    /** @description A record type with duplicate detection (contact, company) */
                    entity: string;
                    limit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            groups: {
                                reasons: ("phone" | "email" | "tax_id" | "name")[];
                                records: {
                                    createdAt: string;
                                    id: string;
                                    subtitle: string | null;
                                    title: string;
                                }[];
                                score: number;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duplicates/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Records that may be the same as a draft (forms call it before saving) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        companyIds?: string[];
                        displayName?: string | null;
                        emails?: (string | ({
                            value: string;
                        } & {
                            [key: string]: unknown;
                        }))[];
                        /** @description A record type with duplicate detection (contact, company) */
                        entity: string;
                        firstName?: string | null;
                        id?: string;
                        lastName?: string | null;
                        middleName?: string | null;
                        name?: string | null;
                        phones?: (string | ({
                            value: string;
                        } & {
                            [key: string]: unknown;
                        }))[];
                        taxId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                reasons: ("phone" | "email" | "tax_id" | "name")[];
                                score: number;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duplicates/dismissals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a pair "not a duplicate" (it comes back if an edit adds new evidence) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        aId: string;
                        bId: string;
                        /** @description A record type with duplicate detection (contact, company) */
                        entity: string;
                    };
                };
            };
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Undo "not a duplicate" */
        delete: {
            parameters: {
                query: {
                    aId: string;
                    bId: string;
                    /** @description A record type with duplicate detection (contact, company) */
                    entity: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duplicates/pairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Candidate duplicate pairs over the whole base, strongest first, by cursor */
        get: {
            parameters: {
                query: {
                    cursor?: string;
                    /** @description A record type with duplicate detection (contact, company) */
                    entity: string;
                    evidence?: string;
                    limit?: number;
                    ownerId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                a: {
                                    createdAt: string | null;
                                    emails: string[];
                                    id: string;
                                    ownerId: string;
                                    phones: string[];
                                    subtitle: string | null;
                                    title: string;
                                };
                                b: {
                                    createdAt: string | null;
                                    emails: string[];
                                    id: string;
                                    ownerId: string;
                                    phones: string[];
                                    subtitle: string | null;
                                    title: string;
                                };
                                details: {
                                    /** @enum {string} */
                                    kind: "phone" | "email" | "tax_id" | "name" | "sound" | "domain" | "company" | "birthday" | "shared_phone" | "shared_email" | "name_typo" | "name_initial" | "nickname" | "other_name";
                                    text: string;
                                    value?: string;
                                }[];
                                evidence: ("phone" | "email" | "tax_id" | "name" | "sound" | "domain" | "company" | "birthday" | "shared_phone" | "shared_email" | "name_typo" | "name_initial" | "nickname" | "other_name")[];
                                reappeared: boolean;
                                score: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duplicates/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rebuild the duplicate pairs of a record type in the background (runs once at a time) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A record type with duplicate detection (contact, company) */
                        entity: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            jobId: string;
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/escalation-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace's escalation rule (version 0: never saved, defaults) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enabled: boolean;
                            from: string;
                            minutes: number;
                            timeZone: string;
                            to: string;
                            version: number;
                            weekdays: number[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Set the escalation rule: on/off, working minutes, working days and hours, time zone (names the version it read) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enabled: boolean;
                        from: string;
                        minutes: number;
                        timeZone: string;
                        to: string;
                        version: number;
                        weekdays: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enabled: boolean;
                            from: string;
                            minutes: number;
                            timeZone: string;
                            to: string;
                            version: number;
                            weekdays: number[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Escalated requests you may see (their records within your visibility, or escalated to you), newest first */
        get: {
            parameters: {
                query?: {
                    limit?: string;
                    state?: "open" | "resolved";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                dueAt: string;
                                escalatedAt: string;
                                id: string;
                                level: number;
                                notifiedUserId: string | null;
                                notifiedUserName: string | null;
                                ownerId: string;
                                ownerName: string | null;
                                resolvedAt: string | null;
                                startedAt: string;
                                subjectId: string;
                                subjectType: string;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exchange rates into the workspace currency, newest day first */
        get: {
            parameters: {
                query?: {
                    currency?: string;
                    from?: string;
                    limit?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                currency: string;
                                date: string;
                                id: string;
                                rate: string;
                                version: number;
                            }[];
                            workspaceCurrency: string;
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Enter the rate of a currency from a day on */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currency: string;
                        date: string;
                        rate: string | number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rate: {
                                currency: string;
                                date: string;
                                id: string;
                                rate: string;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange-rates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a rate */
        delete: {
            parameters: {
                query: {
                    version: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a rate's day or value */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date?: string;
                        rate?: string | number;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rate: {
                                currency: string;
                                date: string;
                                id: string;
                                rate: string;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/history/{entityType}/{entityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A record's versions, newest first, with what changed and who changed it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entityId: string;
                    entityType: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actor: {
                                    id: string;
                                    name: string;
                                } | null;
                                at: string;
                                changes: {
                                    [key: string]: [
                                        unknown,
                                        unknown
                                    ];
                                };
                                data: {
                                    [key: string]: unknown;
                                } | null;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/history/{entityType}/{entityId}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put back an earlier version as a new version */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entityId: string;
                    entityType: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentVersion: number;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                            version: number;
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress and result of a job you started (any job, for an administrator) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            job: {
                                createdAt: string;
                                done: number;
                                error: string | null;
                                finishedAt: string | null;
                                id: string;
                                kind: string;
                                result: {
                                    [key: string]: unknown;
                                } | null;
                                /** @enum {string} */
                                state: "queued" | "running" | "done" | "failed";
                                total: number;
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-sent events of a channel (`pipeline:<id>`): `change` events name what changed by id only; refetch what you may see */
        get: {
            parameters: {
                query: {
                    channel: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/event-stream: `event: change` / `event: resync` with JSON `{ type, ids }`, and `: ping` heartbeats */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lost-reasons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reasons a deal is lost, in order */
        get: {
            parameters: {
                query?: {
                    includeRetired?: "0" | "1" | "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                position: number;
                                retired: boolean;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add a lost reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reason: {
                                id: string;
                                name: string;
                                position: number;
                                retired: boolean;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lost-reasons/{id}": {
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
        /** Rename a lost reason */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reason: {
                                id: string;
                                name: string;
                                position: number;
                                retired: boolean;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/lost-reasons/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire a lost reason (lost deals keep it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reason: {
                                id: string;
                                name: string;
                                position: number;
                                retired: boolean;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lost-reasons/reorder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put the active lost reasons in order */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                position: number;
                                retired: boolean;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and their workspace */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                email: string;
                                id: string;
                                /** @enum {string} */
                                locale: "en" | "ru" | "bg";
                                name: string;
                                permissions: {
                                    [key: string]: {
                                        [key: string]: "none" | "own" | "department" | "all";
                                    };
                                };
                                role: string;
                                timeZone: string;
                                twoFactorEnabled: boolean;
                                twoFactorSetupRequired: boolean;
                                version: number;
                                workspace: {
                                    defaultCountry: string;
                                    defaultCurrency: string;
                                    id: string;
                                    /** @enum {string} */
                                    locale: "en" | "ru" | "bg";
                                    name: string;
                                    timeZone: string;
                                };
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change your name, language or time zone */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        locale?: "en" | "ru" | "bg";
                        name?: string;
                        timeZone?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                email: string;
                                id: string;
                                /** @enum {string} */
                                locale: "en" | "ru" | "bg";
                                name: string;
                                permissions: {
                                    [key: string]: {
                                        [key: string]: "none" | "own" | "department" | "all";
                                    };
                                };
                                role: string;
                                timeZone: string;
                                twoFactorEnabled: boolean;
                                twoFactorSetupRequired: boolean;
                                version: number;
                                workspace: {
                                    defaultCountry: string;
                                    defaultCurrency: string;
                                    id: string;
                                    /** @enum {string} */
                                    locale: "en" | "ru" | "bg";
                                    name: string;
                                    timeZone: string;
                                };
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether you have a calendar address, when it was made and last read */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            createdAt: string | null;
                            lastUsedAt: string | null;
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Make a new secret calendar (ICS) address; the old one stops working. The address is shown only now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            url: string;
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Revoke your calendar address */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which notification types also come to you by email (in-app is always on) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            types: {
                                email: boolean;
                                /** @enum {boolean} */
                                inApp: true;
                                type: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Choose email on or off per notification type; types not named keep their choice */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        types: {
                            email: boolean;
                            type: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            types: {
                                email: boolean;
                                /** @enum {boolean} */
                                inApp: true;
                                type: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password (the current one is asked); your other sessions end */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Other sessions of yours that were signed out */
                            endedSessions: number;
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/two-factor/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn two-factor sign-in off; needs your password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                email: string;
                                id: string;
                                /** @enum {string} */
                                locale: "en" | "ru" | "bg";
                                name: string;
                                permissions: {
                                    [key: string]: {
                                        [key: string]: "none" | "own" | "department" | "all";
                                    };
                                };
                                role: string;
                                timeZone: string;
                                twoFactorEnabled: boolean;
                                twoFactorSetupRequired: boolean;
                                version: number;
                                workspace: {
                                    defaultCountry: string;
                                    defaultCurrency: string;
                                    id: string;
                                    /** @enum {string} */
                                    locale: "en" | "ru" | "bg";
                                    name: string;
                                    timeZone: string;
                                };
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; try again later */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/two-factor/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn two-factor sign-in on with a code from the app */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                email: string;
                                id: string;
                                /** @enum {string} */
                                locale: "en" | "ru" | "bg";
                                name: string;
                                permissions: {
                                    [key: string]: {
                                        [key: string]: "none" | "own" | "department" | "all";
                                    };
                                };
                                role: string;
                                timeZone: string;
                                twoFactorEnabled: boolean;
                                twoFactorSetupRequired: boolean;
                                version: number;
                                workspace: {
                                    defaultCountry: string;
                                    defaultCurrency: string;
                                    id: string;
                                    /** @enum {string} */
                                    locale: "en" | "ru" | "bg";
                                    name: string;
                                    timeZone: string;
                                };
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; try again later */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/two-factor/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start two-factor setup: a secret and an otpauth:// URL for the QR code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            otpauthUrl: string;
                            secret: string;
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; try again later */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/merges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent merges into records you can see, newest first */
        get: {
            parameters: {
                query: {
                    /** @description A record type with duplicate detection (contact, company) */
                    entity: string;
                    limit?: string;
                    survivorId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                actor: {
                                    id: string;
                                    name: string;
                                } | null;
                                canUndo: boolean;
                                createdAt: string;
                                entity: string;
                                id: string;
                                merged: {
                                    id: string;
                                    title: string;
                                }[];
                                survivorId: string;
                                undoneAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Merge records into one (undoable) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A record type with duplicate detection (contact, company) */
                        entity: string;
                        fields?: {
                            [key: string]: string;
                        };
                        mergedIds: string[];
                        survivorId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            merge: {
                                actor: {
                                    id: string;
                                    name: string;
                                } | null;
                                canUndo: boolean;
                                createdAt: string;
                                entity: string;
                                id: string;
                                merged: {
                                    id: string;
                                    title: string;
                                }[];
                                survivorId: string;
                                undoneAt: string | null;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/merges/{id}/undo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Undo a merge: every record and moved row back as it was */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            merge: {
                                actor: {
                                    id: string;
                                    name: string;
                                } | null;
                                canUndo: boolean;
                                createdAt: string;
                                entity: string;
                                id: string;
                                merged: {
                                    id: string;
                                    title: string;
                                }[];
                                survivorId: string;
                                undoneAt: string | null;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my-day": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Overdue, today's and the next 7 days' activities of a user (default oneself), with counts */
        get: {
            parameters: {
                query?: {
                    timeZone?: string;
                    userId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            day: string;
                            overdue: {
                                count: number;
                                items: {
                                    abilities: {
                                        delete: boolean;
                                        edit: boolean;
                                    };
                                    allDay: boolean;
                                    checklist: {
                                        done: boolean;
                                        text: string;
                                    }[];
                                    company: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    contact: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    createdAt: string;
                                    deal: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    direction: ("in" | "out") | null;
                                    doneAt: string | null;
                                    dueAt: string | null;
                                    dueDay: string | null;
                                    durationSeconds: number | null;
                                    endsAt: string | null;
                                    id: string;
                                    kind: string;
                                    occurrence: number;
                                    overdue: boolean;
                                    owner: {
                                        id: string;
                                        name: string;
                                    };
                                    place: string | null;
                                    /** @enum {string} */
                                    priority: "low" | "normal" | "high";
                                    recurrence: {
                                        count: number | null;
                                        /** @enum {string} */
                                        every: "daily" | "weekly" | "monthly" | "custom";
                                        interval: number;
                                        monthDay: number | null;
                                        unit: ("day" | "week" | "month") | null;
                                        until: string | null;
                                        weekdays: number[];
                                    } | null;
                                    remindAt: string | null;
                                    remindedAt: string | null;
                                    reminderMinutes: number | null;
                                    result: string | null;
                                    seriesId: string | null;
                                    /** @enum {string} */
                                    status: "planned" | "done";
                                    title: string;
                                    updatedAt: string;
                                    version: number;
                                }[];
                            };
                            timeZone: string;
                            today: {
                                count: number;
                                items: {
                                    abilities: {
                                        delete: boolean;
                                        edit: boolean;
                                    };
                                    allDay: boolean;
                                    checklist: {
                                        done: boolean;
                                        text: string;
                                    }[];
                                    company: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    contact: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    createdAt: string;
                                    deal: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    direction: ("in" | "out") | null;
                                    doneAt: string | null;
                                    dueAt: string | null;
                                    dueDay: string | null;
                                    durationSeconds: number | null;
                                    endsAt: string | null;
                                    id: string;
                                    kind: string;
                                    occurrence: number;
                                    overdue: boolean;
                                    owner: {
                                        id: string;
                                        name: string;
                                    };
                                    place: string | null;
                                    /** @enum {string} */
                                    priority: "low" | "normal" | "high";
                                    recurrence: {
                                        count: number | null;
                                        /** @enum {string} */
                                        every: "daily" | "weekly" | "monthly" | "custom";
                                        interval: number;
                                        monthDay: number | null;
                                        unit: ("day" | "week" | "month") | null;
                                        until: string | null;
                                        weekdays: number[];
                                    } | null;
                                    remindAt: string | null;
                                    remindedAt: string | null;
                                    reminderMinutes: number | null;
                                    result: string | null;
                                    seriesId: string | null;
                                    /** @enum {string} */
                                    status: "planned" | "done";
                                    title: string;
                                    updatedAt: string;
                                    version: number;
                                }[];
                            };
                            upcoming: {
                                count: number;
                                items: {
                                    abilities: {
                                        delete: boolean;
                                        edit: boolean;
                                    };
                                    allDay: boolean;
                                    checklist: {
                                        done: boolean;
                                        text: string;
                                    }[];
                                    company: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    contact: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    createdAt: string;
                                    deal: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    direction: ("in" | "out") | null;
                                    doneAt: string | null;
                                    dueAt: string | null;
                                    dueDay: string | null;
                                    durationSeconds: number | null;
                                    endsAt: string | null;
                                    id: string;
                                    kind: string;
                                    occurrence: number;
                                    overdue: boolean;
                                    owner: {
                                        id: string;
                                        name: string;
                                    };
                                    place: string | null;
                                    /** @enum {string} */
                                    priority: "low" | "normal" | "high";
                                    recurrence: {
                                        count: number | null;
                                        /** @enum {string} */
                                        every: "daily" | "weekly" | "monthly" | "custom";
                                        interval: number;
                                        monthDay: number | null;
                                        unit: ("day" | "week" | "month") | null;
                                        until: string | null;
                                        weekdays: number[];
                                    } | null;
                                    remindAt: string | null;
                                    remindedAt: string | null;
                                    reminderMinutes: number | null;
                                    result: string | null;
                                    seriesId: string | null;
                                    /** @enum {string} */
                                    status: "planned" | "done";
                                    title: string;
                                    updatedAt: string;
                                    version: number;
                                }[];
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my-day/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One's own planned activities overdue and due today (the sidebar badge) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            overdue: number;
                            today: number;
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write a note on a contact or company */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        subjectId: string;
                        /** @description A record type with timeline (e.g. contact, company) */
                        subjectType: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            note: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                author: {
                                    id: string;
                                    name: string;
                                } | null;
                                body: string | null;
                                createdAt: string;
                                data: {
                                    [key: string]: unknown;
                                } | null;
                                id: string;
                                kind: string;
                                occurredAt: string;
                                subjectId: string;
                                subjectType: string;
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a note (soft; audited) */
        delete: {
            parameters: {
                query?: {
                    version?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a note's text (its author, or someone who may delete on the record) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            note: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                author: {
                                    id: string;
                                    name: string;
                                } | null;
                                body: string | null;
                                createdAt: string;
                                data: {
                                    [key: string]: unknown;
                                } | null;
                                id: string;
                                kind: string;
                                occurredAt: string;
                                subjectId: string;
                                subjectType: string;
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notifications, newest first, and how many are unread */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                data: unknown;
                                id: string;
                                readAt: string | null;
                                type: string;
                            }[];
                            nextCursor: string | null;
                            unread: number;
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a notification read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all your notifications read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oidc-providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace's OpenID providers (client secrets are never answered) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                allowedDomains: string[];
                                autoCreateUsers: boolean;
                                clientId: string;
                                defaultRole: string | null;
                                enabled: boolean;
                                hasClientSecret: boolean;
                                id: string;
                                issuer: string;
                                name: string;
                                redirectUri: string;
                                trustedMfa: boolean;
                                version: number;
                            }[];
                            redirectUri: string;
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add an OpenID provider */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        allowedDomains?: string[];
                        /** @default false */
                        autoCreateUsers?: boolean;
                        clientId: string;
                        clientSecret: string;
                        /** @default null */
                        defaultRole?: string | null;
                        /** @default true */
                        enabled?: boolean;
                        /** Format: uri */
                        issuer: string;
                        name: string;
                        /** @default false */
                        trustedMfa?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            provider: {
                                allowedDomains: string[];
                                autoCreateUsers: boolean;
                                clientId: string;
                                defaultRole: string | null;
                                enabled: boolean;
                                hasClientSecret: boolean;
                                id: string;
                                issuer: string;
                                name: string;
                                redirectUri: string;
                                trustedMfa: boolean;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oidc-providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an OpenID provider */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change, enable or disable an OpenID provider (a left-out secret stays) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        allowedDomains?: string[];
                        autoCreateUsers?: boolean;
                        clientId?: string;
                        clientSecret?: string;
                        defaultRole?: string | null;
                        enabled?: boolean;
                        /** Format: uri */
                        issuer?: string;
                        name?: string;
                        trustedMfa?: boolean;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            provider: {
                                allowedDomains: string[];
                                autoCreateUsers: boolean;
                                clientId: string;
                                defaultRole: string | null;
                                enabled: boolean;
                                hasClientSecret: boolean;
                                id: string;
                                issuer: string;
                                name: string;
                                redirectUri: string;
                                trustedMfa: boolean;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/pipeline-stages/{id}": {
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
        /** Rename, recolour or change a stage */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        color?: string;
                        /** @enum {string} */
                        kind?: "open" | "won" | "lost";
                        name?: string;
                        probability?: number;
                        rottingDays?: number | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            pipeline: {
                                id: string;
                                name: string;
                                position: number;
                                retired: boolean;
                                stages: {
                                    color: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "open" | "won" | "lost";
                                    name: string;
                                    pipelineId: string;
                                    position: number;
                                    probability: number;
                                    retired: boolean;
                                    rottingDays: number | null;
                                    version: number;
                                }[];
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/pipeline-stages/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire a stage; its deals move to another stage of the pipeline first */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        moveToStageId?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            pipeline: {
                                id: string;
                                name: string;
                                position: number;
                                retired: boolean;
                                stages: {
                                    color: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "open" | "won" | "lost";
                                    name: string;
                                    pipelineId: string;
                                    position: number;
                                    probability: number;
                                    retired: boolean;
                                    rottingDays: number | null;
                                    version: number;
                                }[];
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pipelines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pipelines with their stages, in order */
        get: {
            parameters: {
                query?: {
                    includeRetired?: "0" | "1" | "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canManage: boolean;
                            items: {
                                id: string;
                                name: string;
                                position: number;
                                retired: boolean;
                                stages: {
                                    color: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "open" | "won" | "lost";
                                    name: string;
                                    pipelineId: string;
                                    position: number;
                                    probability: number;
                                    retired: boolean;
                                    rottingDays: number | null;
                                    version: number;
                                }[];
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a pipeline with its stages (default: one open stage, won and lost) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        stages?: {
                            color?: string;
                            /** @enum {string} */
                            kind?: "open" | "won" | "lost";
                            name: string;
                            probability?: number;
                            rottingDays?: number | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            pipeline: {
                                id: string;
                                name: string;
                                position: number;
                                retired: boolean;
                                stages: {
                                    color: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "open" | "won" | "lost";
                                    name: string;
                                    pipelineId: string;
                                    position: number;
                                    probability: number;
                                    retired: boolean;
                                    rottingDays: number | null;
                                    version: number;
                                }[];
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pipelines/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One pipeline with its active stages */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            pipeline: {
                                id: string;
                                name: string;
                                position: number;
                                retired: boolean;
                                stages: {
                                    color: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "open" | "won" | "lost";
                                    name: string;
                                    pipelineId: string;
                                    position: number;
                                    probability: number;
                                    retired: boolean;
                                    rottingDays: number | null;
                                    version: number;
                                }[];
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a pipeline */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            pipeline: {
                                id: string;
                                name: string;
                                position: number;
                                retired: boolean;
                                stages: {
                                    color: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "open" | "won" | "lost";
                                    name: string;
                                    pipelineId: string;
                                    position: number;
                                    probability: number;
                                    retired: boolean;
                                    rottingDays: number | null;
                                    version: number;
                                }[];
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/pipelines/{id}/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A pipeline's board: per stage the count, sums and weighted sums of the matching deals, and the first cards in order */
        get: {
            parameters: {
                query?: {
                    companyId?: string;
                    contactId?: string;
                    createdFrom?: string;
                    createdTo?: string;
                    filter?: string;
                    limit?: string;
                    noNextStep?: "0" | "1";
                    ownerId?: string;
                    q?: string;
                    rotting?: "0" | "1";
                    tag?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            columns: {
                                amounts: {
                                    currency: string;
                                    sum: number;
                                    weighted: number;
                                }[];
                                converted: {
                                    currency: string;
                                    sum: number;
                                    weighted: number;
                                } | null;
                                count: number;
                                items: {
                                    abilities: {
                                        delete: boolean;
                                        edit: boolean;
                                    };
                                    amount?: number;
                                    boardPosition: string;
                                    closedAt: string | null;
                                    company: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    createdAt: string;
                                    currency: string;
                                    custom: {
                                        [key: string]: unknown;
                                    };
                                    expectedClose: string | null;
                                    firstPerson: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    id: string;
                                    lastActivityAt: string | null;
                                    lostAt: string | null;
                                    lostComment: string | null;
                                    lostReason: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    noNextStep: boolean;
                                    owner: {
                                        id: string;
                                        name: string;
                                    };
                                    pipeline: {
                                        id: string;
                                        name: string;
                                    };
                                    rotting: boolean;
                                    source: string | null;
                                    stage: {
                                        color: string;
                                        id: string;
                                        /** @enum {string} */
                                        kind: "open" | "won" | "lost";
                                        name: string;
                                        probability: number;
                                    };
                                    stageEnteredAt: string;
                                    /** @enum {string} */
                                    status: "open" | "won" | "lost";
                                    tags: string[];
                                    title: string;
                                    updatedAt: string;
                                    version: number;
                                    wonAt: string | null;
                                }[];
                                missingRates: string[];
                                nextCursor: string | null;
                                stage: {
                                    color: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "open" | "won" | "lost";
                                    name: string;
                                    pipelineId: string;
                                    position: number;
                                    probability: number;
                                    retired: boolean;
                                    rottingDays: number | null;
                                    version: number;
                                };
                            }[];
                            mixedCurrencies: boolean;
                            pipeline: {
                                id: string;
                                name: string;
                                position: number;
                                retired: boolean;
                                stages: {
                                    color: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "open" | "won" | "lost";
                                    name: string;
                                    pipelineId: string;
                                    position: number;
                                    probability: number;
                                    retired: boolean;
                                    rottingDays: number | null;
                                    version: number;
                                }[];
                                version: number;
                            };
                            totals: {
                                amounts: {
                                    currency: string;
                                    sum: number;
                                    weighted: number;
                                }[];
                                converted: {
                                    currency: string;
                                    sum: number;
                                    weighted: number;
                                } | null;
                                count: number;
                                missingRates: string[];
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pipelines/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire a pipeline; its open deals move to a stage of another pipeline first */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        moveToStageId?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            pipeline: {
                                id: string;
                                name: string;
                                position: number;
                                retired: boolean;
                                stages: {
                                    color: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "open" | "won" | "lost";
                                    name: string;
                                    pipelineId: string;
                                    position: number;
                                    probability: number;
                                    retired: boolean;
                                    rottingDays: number | null;
                                    version: number;
                                }[];
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pipelines/{id}/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a stage (before the won and lost stages unless a position is given) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        color?: string;
                        /** @enum {string} */
                        kind?: "open" | "won" | "lost";
                        name: string;
                        position?: number;
                        probability?: number;
                        rottingDays?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            pipeline: {
                                id: string;
                                name: string;
                                position: number;
                                retired: boolean;
                                stages: {
                                    color: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "open" | "won" | "lost";
                                    name: string;
                                    pipelineId: string;
                                    position: number;
                                    probability: number;
                                    retired: boolean;
                                    rottingDays: number | null;
                                    version: number;
                                }[];
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pipelines/{id}/stages/reorder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a pipeline's stages in order */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            pipeline: {
                                id: string;
                                name: string;
                                position: number;
                                retired: boolean;
                                stages: {
                                    color: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "open" | "won" | "lost";
                                    name: string;
                                    pipelineId: string;
                                    position: number;
                                    probability: number;
                                    retired: boolean;
                                    rottingDays: number | null;
                                    version: number;
                                }[];
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** products: filtered, sorted and paged by cursor */
        get: {
            parameters: {
                query?: {
                    active?: string;
                    count?: "0" | "1" | "true" | "false";
                    createdFrom?: string;
                    createdTo?: string;
                    cursor?: string;
                    filter?: string;
                    limit?: string;
                    noActivityDays?: string;
                    ownerId?: string;
                    q?: string;
                    sort?: string;
                    tag?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                active: boolean;
                                createdAt: string;
                                custom: {
                                    [key: string]: unknown;
                                };
                                description: string | null;
                                id: string;
                                name: string;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                prices: {
                                    amount: number;
                                    currency: string;
                                }[];
                                sku: string | null;
                                tags: string[];
                                taxRate: number;
                                unit: string | null;
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                            total?: number;
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a product */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        custom?: {
                            [key: string]: unknown;
                        };
                        description?: string | null;
                        name: string;
                        ownerId?: string;
                        prices?: {
                            amount: number;
                            currency: string;
                        }[];
                        sku?: string | null;
                        tags?: string[];
                        taxRate?: number;
                        unit?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            product: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                active: boolean;
                                createdAt: string;
                                custom: {
                                    [key: string]: unknown;
                                };
                                description: string | null;
                                id: string;
                                name: string;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                prices: {
                                    amount: number;
                                    currency: string;
                                }[];
                                sku: string | null;
                                tags: string[];
                                taxRate: number;
                                unit: string | null;
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One product (counts toward the exfiltration alarm) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            product: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                active: boolean;
                                createdAt: string;
                                custom: {
                                    [key: string]: unknown;
                                };
                                description: string | null;
                                id: string;
                                name: string;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                prices: {
                                    amount: number;
                                    currency: string;
                                }[];
                                sku: string | null;
                                tags: string[];
                                taxRate: number;
                                unit: string | null;
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Move a product to the trash */
        delete: {
            parameters: {
                query: {
                    version: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a product (names the version it read) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        custom?: {
                            [key: string]: unknown;
                        };
                        description?: string | null;
                        name?: string;
                        ownerId?: string;
                        prices?: {
                            amount: number;
                            currency: string;
                        }[];
                        sku?: string | null;
                        tags?: string[];
                        taxRate?: number;
                        unit?: string | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            product: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                active: boolean;
                                createdAt: string;
                                custom: {
                                    [key: string]: unknown;
                                };
                                description: string | null;
                                id: string;
                                name: string;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                prices: {
                                    amount: number;
                                    currency: string;
                                }[];
                                sku: string | null;
                                tags: string[];
                                taxRate: number;
                                unit: string | null;
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/products/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered products as CSV (UTF-8 with BOM); needs the export right */
        get: {
            parameters: {
                query?: {
                    active?: string;
                    createdFrom?: string;
                    createdTo?: string;
                    filter?: string;
                    noActivityDays?: string;
                    ownerId?: string;
                    q?: string;
                    sort?: string;
                    tag?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/record-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Record types you may see, with the fields their lists filter and sort on */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    bulk: boolean;
                                    create: boolean;
                                    export: boolean;
                                };
                                entityType: string;
                                features: {
                                    customFields: boolean;
                                    merge: boolean;
                                    savedViews: boolean;
                                    search: boolean;
                                    sharing: boolean;
                                    tags: boolean;
                                    timeline: boolean;
                                };
                                fieldRights: {
                                    [key: string]: "masked" | "read_only" | "hidden";
                                };
                                filters: {
                                    field: string;
                                    /** @enum {string} */
                                    kind: "text" | "date" | "time" | "id" | "enum" | "number";
                                }[];
                                module: string;
                                params: string[];
                                plural: string;
                                protectedFields: {
                                    inputKeys: string[];
                                    maskable: boolean;
                                    name: string;
                                }[];
                                sorts: string[];
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Roles with their permission matrices */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: string[];
                            items: {
                                dealPipelineIds: string[] | null;
                                description: string | null;
                                fieldRights: {
                                    [key: string]: {
                                        [key: string]: "visible" | "masked" | "read_only" | "hidden";
                                    };
                                };
                                id: string;
                                isBuiltIn: boolean;
                                key: string;
                                name: string;
                                permissions: {
                                    [key: string]: {
                                        [key: string]: "none" | "own" | "department" | "all";
                                    };
                                };
                                requireTwoFactor: boolean;
                                userCount: number;
                                version: number;
                            }[];
                            modules: string[];
                            scopes: string[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a role, empty or copied from another */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        copyFromId?: string;
                        dealPipelineIds?: string[] | null;
                        description?: string | null;
                        /** @description Per record type and field: visible | masked | read_only | hidden */
                        fieldRights?: {
                            [key: string]: {
                                [key: string]: "visible" | "masked" | "read_only" | "hidden";
                            };
                        } | null;
                        name: string;
                        permissions?: {
                            activities?: {
                                /** @enum {string} */
                                bulk?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                create?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                delete?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                edit?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                export?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                import?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                manage_settings?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                view?: "none" | "own" | "department" | "all";
                            };
                            audit?: {
                                /** @enum {string} */
                                bulk?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                create?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                delete?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                edit?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                export?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                import?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                manage_settings?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                view?: "none" | "own" | "department" | "all";
                            };
                            companies?: {
                                /** @enum {string} */
                                bulk?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                create?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                delete?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                edit?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                export?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                import?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                manage_settings?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                view?: "none" | "own" | "department" | "all";
                            };
                            contacts?: {
                                /** @enum {string} */
                                bulk?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                create?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                delete?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                edit?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                export?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                import?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                manage_settings?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                view?: "none" | "own" | "department" | "all";
                            };
                            deals?: {
                                /** @enum {string} */
                                bulk?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                create?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                delete?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                edit?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                export?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                import?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                manage_settings?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                view?: "none" | "own" | "department" | "all";
                            };
                            products?: {
                                /** @enum {string} */
                                bulk?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                create?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                delete?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                edit?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                export?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                import?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                manage_settings?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                view?: "none" | "own" | "department" | "all";
                            };
                            reports?: {
                                /** @enum {string} */
                                bulk?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                create?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                delete?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                edit?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                export?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                import?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                manage_settings?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                view?: "none" | "own" | "department" | "all";
                            };
                            settings?: {
                                /** @enum {string} */
                                bulk?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                create?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                delete?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                edit?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                export?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                import?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                manage_settings?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                view?: "none" | "own" | "department" | "all";
                            };
                            users?: {
                                /** @enum {string} */
                                bulk?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                create?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                delete?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                edit?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                export?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                import?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                manage_settings?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                view?: "none" | "own" | "department" | "all";
                            };
                        };
                        requireTwoFactor?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            role: {
                                dealPipelineIds: string[] | null;
                                description: string | null;
                                fieldRights: {
                                    [key: string]: {
                                        [key: string]: "visible" | "masked" | "read_only" | "hidden";
                                    };
                                };
                                id: string;
                                isBuiltIn: boolean;
                                key: string;
                                name: string;
                                permissions: {
                                    [key: string]: {
                                        [key: string]: "none" | "own" | "department" | "all";
                                    };
                                };
                                requireTwoFactor: boolean;
                                userCount: number;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a custom role nobody holds */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename a role or change its rights */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dealPipelineIds?: string[] | null;
                        description?: string | null;
                        /** @description Per record type and field: visible | masked | read_only | hidden */
                        fieldRights?: {
                            [key: string]: {
                                [key: string]: "visible" | "masked" | "read_only" | "hidden";
                            };
                        } | null;
                        name?: string;
                        permissions?: {
                            activities?: {
                                /** @enum {string} */
                                bulk?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                create?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                delete?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                edit?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                export?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                import?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                manage_settings?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                view?: "none" | "own" | "department" | "all";
                            };
                            audit?: {
                                /** @enum {string} */
                                bulk?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                create?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                delete?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                edit?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                export?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                import?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                manage_settings?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                view?: "none" | "own" | "department" | "all";
                            };
                            companies?: {
                                /** @enum {string} */
                                bulk?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                create?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                delete?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                edit?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                export?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                import?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                manage_settings?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                view?: "none" | "own" | "department" | "all";
                            };
                            contacts?: {
                                /** @enum {string} */
                                bulk?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                create?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                delete?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                edit?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                export?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                import?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                manage_settings?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                view?: "none" | "own" | "department" | "all";
                            };
                            deals?: {
                                /** @enum {string} */
                                bulk?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                create?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                delete?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                edit?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                export?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                import?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                manage_settings?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                view?: "none" | "own" | "department" | "all";
                            };
                            products?: {
                                /** @enum {string} */
                                bulk?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                create?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                delete?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                edit?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                export?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                import?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                manage_settings?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                view?: "none" | "own" | "department" | "all";
                            };
                            reports?: {
                                /** @enum {string} */
                                bulk?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                create?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                delete?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                edit?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                export?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                import?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                manage_settings?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                view?: "none" | "own" | "department" | "all";
                            };
                            settings?: {
                                /** @enum {string} */
                                bulk?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                create?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                delete?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                edit?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                export?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                import?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                manage_settings?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                view?: "none" | "own" | "department" | "all";
                            };
                            users?: {
                                /** @enum {string} */
                                bulk?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                create?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                delete?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                edit?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                export?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                import?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                manage_settings?: "none" | "own" | "department" | "all";
                                /** @enum {string} */
                                view?: "none" | "own" | "department" | "all";
                            };
                        };
                        requireTwoFactor?: boolean;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            role: {
                                dealPipelineIds: string[] | null;
                                description: string | null;
                                fieldRights: {
                                    [key: string]: {
                                        [key: string]: "visible" | "masked" | "read_only" | "hidden";
                                    };
                                };
                                id: string;
                                isBuiltIn: boolean;
                                key: string;
                                name: string;
                                permissions: {
                                    [key: string]: {
                                        [key: string]: "none" | "own" | "department" | "all";
                                    };
                                };
                                requireTwoFactor: boolean;
                                userCount: number;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/roles/{id}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set (or clear) a role's default dashboard (administrators) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dashboardId: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dashboardId: string | null;
                            roleId: string;
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sales plans of a period the viewer may see, with the people and departments of the grid */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canEdit: boolean;
                            currency: string;
                            departments: {
                                canEdit: boolean;
                                id: string;
                                name: string;
                                parentId: string | null;
                            }[];
                            from: string;
                            items: {
                                amount: number;
                                id: string;
                                month: string;
                                targetId: string;
                                /** @enum {string} */
                                targetType: "user" | "department";
                                version: number;
                                wonCount: number;
                            }[];
                            people: {
                                canEdit: boolean;
                                departmentId: string | null;
                                id: string;
                                name: string;
                            }[];
                            to: string;
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a target */
        delete: {
            parameters: {
                query: {
                    version: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales-plans/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a month's targets (a grid at once; existing ones name their version) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    month: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            amount: number;
                            targetId: string;
                            /** @enum {string} */
                            targetType: "user" | "department";
                            version?: number;
                            wonCount: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canEdit: boolean;
                            currency: string;
                            departments: {
                                canEdit: boolean;
                                id: string;
                                name: string;
                                parentId: string | null;
                            }[];
                            from: string;
                            items: {
                                amount: number;
                                id: string;
                                month: string;
                                targetId: string;
                                /** @enum {string} */
                                targetType: "user" | "department";
                                version: number;
                                wonCount: number;
                            }[];
                            people: {
                                canEdit: boolean;
                                departmentId: string | null;
                                id: string;
                                name: string;
                            }[];
                            to: string;
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales-plans/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Plan against fact for a user (default: me) or a department over a period of months */
        get: {
            parameters: {
                query?: {
                    departmentId?: string;
                    from?: string;
                    pipelineId?: string;
                    to?: string;
                    userId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currency: string;
                            end: string;
                            fact: {
                                amount: number;
                                count: number;
                            };
                            forecast: {
                                amount: number;
                                count: number;
                            };
                            from: string;
                            gap: {
                                amount: number;
                                count: number;
                            };
                            missingRates: string[];
                            months: {
                                amount: number;
                                count: number;
                                month: string;
                                /** @enum {string} */
                                source: "own" | "members" | "none";
                            }[];
                            percent: {
                                amount: number | null;
                                count: number | null;
                            };
                            plan: {
                                amount: number;
                                count: number;
                            };
                            start: string;
                            target: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                type: "user" | "department";
                            };
                            to: string;
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/saved-views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My saved views of a list and the shared ones */
        get: {
            parameters: {
                query: {
                    /** @description A record type with savedViews (e.g. contact, company) */
                    entity: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                createdAt: string;
                                definition: {
                                    columns: string[];
                                    filters: {
                                        field: string;
                                        op: string;
                                        value?: unknown;
                                    }[];
                                    sort: {
                                        /** @enum {string} */
                                        direction: "asc" | "desc";
                                        field: string;
                                    } | null;
                                };
                                entity: string;
                                id: string;
                                mine: boolean;
                                name: string;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                shared: boolean;
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Save a list view */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "entity": "contact",
                     *       "name": "VIP clients",
                     *       "shared": true,
                     *       "definition": {
                     *         "columns": [
                     *           "name",
                     *           "phone",
                     *           "owner"
                     *         ],
                     *         "filters": [
                     *           {
                     *             "field": "tag",
                     *             "op": "in",
                     *             "value": [
                     *               "vip"
                     *             ]
                     *           }
                     *         ],
                     *         "sort": {
                     *           "field": "name",
                     *           "direction": "asc"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        definition: {
                            /** @default [] */
                            columns?: string[];
                            /** @default [] */
                            filters?: {
                                field: string;
                                /** @enum {string} */
                                op: "eq" | "neq" | "contains" | "gt" | "gte" | "lt" | "lte" | "in" | "empty" | "notEmpty";
                                value?: unknown;
                            }[];
                            /** @default null */
                            sort?: {
                                /** @enum {string} */
                                direction: "asc" | "desc";
                                field: string;
                            } | null;
                        };
                        /** @description A record type with savedViews (e.g. contact, company) */
                        entity: string;
                        name: string;
                        /** @default false */
                        shared?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            view: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                createdAt: string;
                                definition: {
                                    columns: string[];
                                    filters: {
                                        field: string;
                                        op: string;
                                        value?: unknown;
                                    }[];
                                    sort: {
                                        /** @enum {string} */
                                        direction: "asc" | "desc";
                                        field: string;
                                    } | null;
                                };
                                entity: string;
                                id: string;
                                mine: boolean;
                                name: string;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                shared: boolean;
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/saved-views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a saved view (owner or admin) */
        delete: {
            parameters: {
                query?: {
                    version?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename, share or redefine a saved view (owner or admin) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        definition?: {
                            /** @default [] */
                            columns?: string[];
                            /** @default [] */
                            filters?: {
                                field: string;
                                /** @enum {string} */
                                op: "eq" | "neq" | "contains" | "gt" | "gte" | "lt" | "lte" | "in" | "empty" | "notEmpty";
                                value?: unknown;
                            }[];
                            /** @default null */
                            sort?: {
                                /** @enum {string} */
                                direction: "asc" | "desc";
                                field: string;
                            } | null;
                        };
                        name?: string;
                        shared?: boolean;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            view: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                createdAt: string;
                                definition: {
                                    columns: string[];
                                    filters: {
                                        field: string;
                                        op: string;
                                        value?: unknown;
                                    }[];
                                    sort: {
                                        /** @enum {string} */
                                        direction: "asc" | "desc";
                                        field: string;
                                    } | null;
                                };
                                entity: string;
                                id: string;
                                mine: boolean;
                                name: string;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                shared: boolean;
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Records of every searchable type by name (Cyrillic or Latin), phone in any format, email or tax id, with how many match */
        get: {
            parameters: {
                query: {
                    limit?: string;
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "groups": [
                         *         {
                         *           "type": "contact",
                         *           "plural": "contacts",
                         *           "total": 12,
                         *           "totalCapped": false,
                         *           "items": [
                         *             {
                         *               "id": "01937a52-5b1e-7c3a-9d4e-2f6a8b0c1d2e",
                         *               "title": "Иван Петров",
                         *               "subtitle": "Търговски директор, Орбита ООД",
                         *               "matched": "name"
                         *             }
                         *           ]
                         *         },
                         *         {
                         *           "type": "company",
                         *           "plural": "companies",
                         *           "total": 0,
                         *           "totalCapped": false,
                         *           "items": []
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            groups: {
                                items: {
                                    id: string;
                                    /** @enum {string} */
                                    matched: "name" | "phone" | "email" | "other";
                                    subtitle: string | null;
                                    title: string;
                                }[];
                                /** @description The path of the type's list (`/api/v1/<plural>`), which takes the same `q` */
                                plural: string;
                                /** @description How many records the caller may see match (counted on the search index, up to a cap) */
                                total: number;
                                /** @description The count stopped at its cap: there are at least `total` */
                                totalCapped: boolean;
                                /** @description A record type with search (e.g. contact, company) */
                                type: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "validation_failed",
                         *         "message": "Text must not contain NUL characters (U+0000)",
                         *         "fields": {
                         *           "q": "invalid_characters"
                         *         }
                         *       }
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/security/reads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The read audit: every request that served records (who, how, which type, rows, weighted units), newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    entityId?: string;
                    entityType?: string;
                    from?: string;
                    limit?: string;
                    to?: string;
                    userId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                at: string;
                                /** @description A list's or export's filter, a search's query length */
                                detail: unknown;
                                /** @description The record a card, history or timeline was of */
                                entityId: string | null;
                                entityType: string;
                                id: string;
                                /**
                                 * @description How the records were served
                                 * @enum {string}
                                 */
                                path: "list" | "search" | "card" | "history" | "timeline" | "export" | "call";
                                rows: number;
                                /** @description Their weight toward the alarm (decision 0024) */
                                units: number;
                                user: {
                                    id: string;
                                    name: string;
                                } | null;
                                viaToken: boolean;
                            }[];
                            nextCursor: string | null;
                            totals: {
                                requests: number;
                                rows: number;
                                units: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/security/refused": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Refused requests (403, and 404 on records that exist out of sight), one row per person, route and minute with a count */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    limit?: string;
                    to?: string;
                    userId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                count: number;
                                entityType: string | null;
                                lastEntityId: string | null;
                                minute: string;
                                route: string;
                                status: number;
                                user: {
                                    id: string;
                                    name: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where you are signed in; the session of this request is `current` */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                current: boolean;
                                id: string;
                                ip: string | null;
                                lastSeenAt: string;
                                userAgent: string | null;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End one of your sessions */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/sign-out-others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out everywhere else: end every session of yours but this one */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ended: number;
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether this install still needs its first-run setup */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            needed: boolean;
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create the workspace and its administrator, and sign in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        admin: {
                            /** Format: email */
                            email: string;
                            name: string;
                            password: string;
                        };
                        workspace: {
                            defaultCountry: string;
                            defaultCurrency: string;
                            /** @enum {string} */
                            locale: "en" | "ru" | "bg";
                            name: string;
                            timeZone: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                email: string;
                                id: string;
                                /** @enum {string} */
                                locale: "en" | "ru" | "bg";
                                name: string;
                                permissions: {
                                    [key: string]: {
                                        [key: string]: "none" | "own" | "department" | "all";
                                    };
                                };
                                role: string;
                                timeZone: string;
                                twoFactorEnabled: boolean;
                                twoFactorSetupRequired: boolean;
                                version: number;
                                workspace: {
                                    defaultCountry: string;
                                    defaultCurrency: string;
                                    id: string;
                                    /** @enum {string} */
                                    locale: "en" | "ru" | "bg";
                                    name: string;
                                    timeZone: string;
                                };
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; try again later */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        /** Tags in use on contacts or companies, most used first */
        get: {
            parameters: {
                query: {
                    /** @description A record type with tags (e.g. contact, company) */
                    entity: string;
                    limit?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                count: number;
                                tag: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contact's or company's feed, newest first (a company's includes its people's items) */
        get: {
            parameters: {
                query: {
                    cursor?: string;
                    limit?: string;
                    subjectId: string;
                    /** @description A record type with timeline (e.g. contact, company) */
                    subjectType: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                author: {
                                    id: string;
                                    name: string;
                                } | null;
                                body: string | null;
                                createdAt: string;
                                data: {
                                    [key: string]: unknown;
                                } | null;
                                id: string;
                                kind: string;
                                occurredAt: string;
                                subjectId: string;
                                subjectType: string;
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your personal API tokens */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                expiresAt: string | null;
                                id: string;
                                lastUsedAt: string | null;
                                name: string;
                                prefix: string;
                                revokedAt: string | null;
                                scopes: string[];
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a personal API token; the secret is answered only this once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "name": "Accounting sync",
                     *       "scopes": [
                     *         "contacts:read",
                     *         "companies:read"
                     *       ],
                     *       "expiresAt": "2027-06-30T00:00:00Z"
                     *     }
                     */
                    "application/json": {
                        expiresAt?: string | null;
                        name: string;
                        scopes: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            secret: string;
                            token: {
                                createdAt: string;
                                expiresAt: string | null;
                                id: string;
                                lastUsedAt: string | null;
                                name: string;
                                prefix: string;
                                revokedAt: string | null;
                                scopes: string[];
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your API tokens */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trash": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deleted records you may see, newest deletion first */
        get: {
            parameters: {
                query?: {
                    entityType?: string;
                    limit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    purge: boolean;
                                    restore: boolean;
                                };
                                deletedAt: string;
                                deletedBy: {
                                    id: string;
                                    name: string;
                                } | null;
                                entityType: string;
                                id: string;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trash/{entityType}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Purge a deleted record for good (needs the right to delete all records of its module) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entityType: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trash/{entityType}/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a record out of the trash */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entityType: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users of the workspace (status: active by default) */
        get: {
            parameters: {
                query?: {
                    departmentId?: string;
                    q?: string;
                    status?: "active" | "deactivated" | "all";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                blocked: {
                                    at: string;
                                    reason: string | null;
                                } | null;
                                createdAt: string;
                                departmentId: string | null;
                                email: string;
                                id: string;
                                invitePending: boolean;
                                isActive: boolean;
                                lastSignInAt: string | null;
                                name: string;
                                role: string;
                                roleName: string;
                                twoFactorEnabled: boolean;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add a user; without a password they are mailed an invite */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        departmentId?: string | null;
                        /** Format: email */
                        email: string;
                        name: string;
                        password?: string;
                        role: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                blocked: {
                                    at: string;
                                    reason: string | null;
                                } | null;
                                createdAt: string;
                                departmentId: string | null;
                                email: string;
                                id: string;
                                invitePending: boolean;
                                isActive: boolean;
                                lastSignInAt: string | null;
                                name: string;
                                role: string;
                                roleName: string;
                                twoFactorEnabled: boolean;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
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
        /** Change a user's name, email, role or department */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        departmentId?: string | null;
                        /** Format: email */
                        email?: string;
                        name?: string;
                        role?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                blocked: {
                                    at: string;
                                    reason: string | null;
                                } | null;
                                createdAt: string;
                                departmentId: string | null;
                                email: string;
                                id: string;
                                invitePending: boolean;
                                isActive: boolean;
                                lastSignInAt: string | null;
                                name: string;
                                role: string;
                                roleName: string;
                                twoFactorEnabled: boolean;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Let a deactivated user sign in again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                blocked: {
                                    at: string;
                                    reason: string | null;
                                } | null;
                                createdAt: string;
                                departmentId: string | null;
                                email: string;
                                id: string;
                                invitePending: boolean;
                                isActive: boolean;
                                lastSignInAt: string | null;
                                name: string;
                                role: string;
                                roleName: string;
                                twoFactorEnabled: boolean;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a user: no sign-in, sessions end, records stay */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                blocked: {
                                    at: string;
                                    reason: string | null;
                                } | null;
                                createdAt: string;
                                departmentId: string | null;
                                email: string;
                                id: string;
                                invitePending: boolean;
                                isActive: boolean;
                                lastSignInAt: string | null;
                                name: string;
                                role: string;
                                roleName: string;
                                twoFactorEnabled: boolean;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/invite-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a fresh invitation link (valid 7 days) for a user who has not chosen a password yet, to pass on by hand; administrators only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            expiresAt: string;
                            link: string;
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a user a link to set a new password (valid 24 h) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reset-two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset two-factor sign-in (a lost phone): it goes off and sessions end */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                blocked: {
                                    at: string;
                                    reason: string | null;
                                } | null;
                                createdAt: string;
                                departmentId: string | null;
                                email: string;
                                id: string;
                                invitePending: boolean;
                                isActive: boolean;
                                lastSignInAt: string | null;
                                name: string;
                                role: string;
                                roleName: string;
                                twoFactorEnabled: boolean;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/sign-out-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session of a user */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand all of a user's records to another active user; over 200 records runs as a job (202) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        toUserId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            moved: {
                                [key: string]: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            job: {
                                createdAt: string;
                                done: number;
                                error: string | null;
                                finishedAt: string | null;
                                id: string;
                                kind: string;
                                result: {
                                    [key: string]: unknown;
                                } | null;
                                /** @enum {string} */
                                state: "queued" | "running" | "done" | "failed";
                                total: number;
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/unblock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift the block the exfiltration alarm set */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                blocked: {
                                    at: string;
                                    reason: string | null;
                                } | null;
                                createdAt: string;
                                departmentId: string | null;
                                email: string;
                                id: string;
                                invitePending: boolean;
                                isActive: boolean;
                                lastSignInAt: string | null;
                                name: string;
                                role: string;
                                roleName: string;
                                twoFactorEnabled: boolean;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace, its defaults and settings (the alarm's limits only for those who manage settings) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            workspace: {
                                defaultCountry: string;
                                defaultCurrency: string;
                                id: string;
                                /** @enum {string} */
                                locale: "en" | "ru" | "bg";
                                name: string;
                                settings: {
                                    /** @description The exfiltration alarm, with the read limits per role; present only for callers with the settings right "manage_settings" */
                                    alarm?: {
                                        blockUser: boolean;
                                        exportsPerHour: number;
                                        roleLimits: {
                                            [key: string]: {
                                                unitsPerDay?: number;
                                                unitsPerHour?: number;
                                            };
                                        };
                                        unitsPerDay: number;
                                        unitsPerHour: number;
                                        viewsPerHour: number;
                                    };
                                    clientCountries: string[];
                                    dealsNeedNextStep: boolean;
                                    dealsRequireClient: boolean;
                                    /** @description Days the read audit keeps; present only for callers with "manage_settings" */
                                    readAuditDays?: number;
                                    /** @description The sign-in policy (passwords, sessions, IP allowlists per role); present only for callers with "manage_settings" */
                                    signIn?: {
                                        idleTimeoutMinutes: number | null;
                                        ipAllowlists: {
                                            [key: string]: string[];
                                        };
                                        maxSessionAgeHours: number | null;
                                        maxSessionsPerUser: number | null;
                                        passwordMinLength: number;
                                    };
                                    trashRetentionDays: number;
                                };
                                timeZone: string;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the workspace name, defaults or settings */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        defaultCountry?: string;
                        defaultCurrency?: string;
                        /** @enum {string} */
                        locale?: "en" | "ru" | "bg";
                        name?: string;
                        settings?: {
                            alarm?: {
                                blockUser?: boolean;
                                exportsPerHour?: number;
                                roleLimits?: {
                                    [key: string]: {
                                        unitsPerDay?: number;
                                        unitsPerHour?: number;
                                    };
                                };
                                unitsPerDay?: number;
                                unitsPerHour?: number;
                                viewsPerHour?: number;
                            };
                            clientCountries?: string[];
                            dealsNeedNextStep?: boolean;
                            dealsRequireClient?: boolean;
                            readAuditDays?: number;
                            signIn?: {
                                idleTimeoutMinutes?: number | null;
                                ipAllowlists?: {
                                    [key: string]: string[];
                                };
                                maxSessionAgeHours?: number | null;
                                maxSessionsPerUser?: number | null;
                                passwordMinLength?: number;
                            };
                            trashRetentionDays?: number;
                        };
                        timeZone?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            workspace: {
                                defaultCountry: string;
                                defaultCurrency: string;
                                id: string;
                                /** @enum {string} */
                                locale: "en" | "ru" | "bg";
                                name: string;
                                settings: {
                                    /** @description The exfiltration alarm, with the read limits per role; present only for callers with the settings right "manage_settings" */
                                    alarm?: {
                                        blockUser: boolean;
                                        exportsPerHour: number;
                                        roleLimits: {
                                            [key: string]: {
                                                unitsPerDay?: number;
                                                unitsPerHour?: number;
                                            };
                                        };
                                        unitsPerDay: number;
                                        unitsPerHour: number;
                                        viewsPerHour: number;
                                    };
                                    clientCountries: string[];
                                    dealsNeedNextStep: boolean;
                                    dealsRequireClient: boolean;
                                    /** @description Days the read audit keeps; present only for callers with "manage_settings" */
                                    readAuditDays?: number;
                                    /** @description The sign-in policy (passwords, sessions, IP allowlists per role); present only for callers with "manage_settings" */
                                    signIn?: {
                                        idleTimeoutMinutes: number | null;
                                        ipAllowlists: {
                                            [key: string]: string[];
                                        };
                                        maxSessionAgeHours: number | null;
                                        maxSessionsPerUser: number | null;
                                        passwordMinLength: number;
                                    };
                                    trashRetentionDays: number;
                                };
                                timeZone: string;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in, or the API token is unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed: a missing right or scope, a wrong CSRF header, a blocked account, or a session-only route called with a token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict: the version you named is stale (the answer carries the current record) or the value is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not `application/json` */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/ics/{token}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user's tasks and meetings as iCalendar (VEVENT), for Google Calendar, Apple Calendar and Thunderbird; no session, the secret address is the key */
        get: {
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
                /** @description text/calendar */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Invalid input: a field is missing, malformed or refused (`validation_failed`, `bad_request`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The record does not exist or is out of your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A path segment is over 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unexpected failure on the server (500 `internal`) or not ready (503) */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
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
        Error: {
            /** @description A stale version (409) also carries the current record; a two-factor sign-in (401) its `challenge`. */
            error: {
                /**
                 * @description Machine code; one status per code
                 * @enum {string}
                 */
                code: "validation_failed" | "bad_request" | "weak_password" | "would_lock_you_out" | "unauthenticated" | "two_factor_required" | "csrf_failed" | "forbidden" | "field_read_only" | "field_hidden" | "two_factor_setup_required" | "account_blocked" | "ip_not_allowed" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "idempotency_in_progress" | "already_set_up" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "idempotency_key_reused" | "account_locked" | "rate_limited" | "headers_too_large" | "internal" | "unavailable";
                /** @description Field path (`addresses.0.country`) → short code (`required`, `invalid_country`, ...) */
                fields: {
                    [key: string]: string;
                };
                /** @description For people; never echoes the request */
                message: string;
            } & {
                [key: string]: unknown;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
