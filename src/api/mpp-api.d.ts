/** Generated from src/api/openapi.yaml by `npm run api:types`. Do not edit. */
export interface paths {
    "/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agencies at this MPP.
         * @description Revalidate with `If-None-Match`. Takes no input that can be wrong: its only 4xx is `403 origin_not_allowed` (a browser page on an origin the MPP has not registered, as on every operation).
         */
        get: operations["listAgencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The whole catalogue as summaries.
         * @description Small enough to load once and search on the device. Revalidate with `If-None-Match`. Takes no input that can be wrong: its only 4xx is `403 origin_not_allowed` (a browser page on an origin the MPP has not registered, as on every operation).
         */
        get: operations["listServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/{serviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service with every public component of its service standard. */
        get: operations["getService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/{serviceId}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Days of the booking window, open or closed, with their sessions. */
        get: operations["getAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Book a place in a session.
         * @description Needs an `Idempotency-Key`. Replaying a key with the same body returns the first answer (same status and
         *     booking); the same key with another body is refused with `409 idempotency_key_reused`.
         */
        post: operations["createBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What this MPP asks of residents, for a widget to ask it in the right words.
         * @description The kind of second factor (`secondFactor`) a look-up, cancel or reschedule needs. It changes only when the MPP's operator restarts the server with another `MPP_SECOND_FACTOR`, so it may be cached for an hour. Takes no input that can be wrong: its only 4xx is `403 origin_not_allowed` (a browser page on an origin the MPP has not registered, as on every operation).
         */
        get: operations["getConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A booking or an application by its code and a second factor; the answer says which it found.
         * @description For a client that does not know what a resident's code is: codes have no fixed format (see `Code`), so the answer carries `kind` (`booking` or `application`) and the resource itself. A wrong code and a wrong second factor get the same `404`, whichever kind the code would have been. The second factor (`verifier`) is of the kind `GET /config` announces. On the day of a visit a booking carries live `queue` data.
         */
        post: operations["lookupStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A booking by its code and the second factor `GET /config` announces.
         * @description On the day of the visit the booking carries live `queue` data.
         */
        post: operations["lookupBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/{code}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a booking (same second factor as the look-up), with an optional reason. */
        post: operations["cancelBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/{code}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a booking to another day or session, atomically.
         * @description The new place is taken before the old one is released; on failure the booking is unchanged.
         */
        post: operations["rescheduleBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An application (permohonan) by its number and a second factor.
         * @description The second factor (`verifier`) is the applicant's, of the kind `GET /config` announces (the MPP chooses it).
         */
        post: operations["lookupApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/queues/{agencyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The live queue of an agency today. */
        get: operations["getQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A resident's answer to the satisfaction survey (SKM) after a served visit; one per visit.
         * @description The nine elements of PermenPANRB 14/2017 on its four-point scale, the optional respondent profile and a
         *     suggestion. The `token` comes from the resident's own look-up of a served booking (`Booking.surveyToken`,
         *     behind the second factor); it carries no personal data and is good for one answer. The answer is stored
         *     without the booking: only a separate marker says the visit was answered, to refuse a second answer
         *     (`409 survey_answered`). A token that names no served visit is `404 not_found`. Rate limited like the
         *     look-ups.
         */
        post: operations["submitSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/satisfaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The published satisfaction index (IKM) per agency and for the whole MPP over a quarter or a year.
         * @description What PermenPANRB 14/2017 has each service unit publish: its Indeks Kepuasan Masyarakat, computed as the staff
         *     report computes it (src/rules/survey.ts: each element's mean weighted 1/9, times 25, graded A–D), beside the
         *     served visits (the population), the Krejcie–Morgan minimum sample and whether the answers reach it.
         *
         *     The period is a quarter (`2026-Q3`) or a year (`2026`): the regulation has the survey run at least once a
         *     year and lets the unit choose a quarter, a half or a year, and units publish by *triwulan*; a published
         *     figure is of a period, not of a window that moves daily. Without `period` the last complete quarter is
         *     answered (its figure no longer moves with each day's visits). A period still running (or a year to date) may
         *     be asked and says so with `complete: false`. A period that has not begun, or a malformed one, is `422`.
         *
         *     Aggregated only: no suggestion, no respondent profile, no day, nothing of a person. A group with answers but
         *     fewer than `minRespondents` (the MPP's setting, 5 by default) is `withheld` — its respondents and figures
         *     are null — because a mean of one to four answers can be traced to the few residents served; when exactly one
         *     agency is withheld the MPP's line is withheld too (the MPP's figures less the others' would give it away).
         *     Cacheable: `Cache-Control: public, max-age=300` and a strong `ETag` for `If-None-Match` (a late answer to a
         *     visit of the period can still move it). Not rate limited, like the other public reads.
         */
        get: operations["getPublicSatisfaction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The hall's board now — who each counter calls and the last numbers called.
         * @description What the queue board (`<mpp-queue-board>`) shows when it starts, and what it polls when server-sent events
         *     are not available. Nothing of the person: queue numbers, counters and times only. `lastEventId` is the id to
         *     resume the stream from (`/calls/stream?after=`), so no call falls between the two.
         */
        get: operations["getHallCalls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The calls of the hall as they happen (server-sent events).
         * @description A `text/event-stream` (WHATWG HTML §9.2) that stays open. Each call, and each end of a call, is one event:
         *
         *     ```
         *     id: 42
         *     event: call
         *     data: {"id":"42","agencyId":"disdukcapil","counterId":"loket-3","counterName":"Loket 3","queueNumber":"A-012","kind":"called","at":"2026-12-07T09:15:02+07:00"}
         *     ```
         *
         *     `data` is a `HallCall`. An `event: ping` (its data the server's time, no id) comes at least every 15 seconds,
         *     so proxies keep the connection and the board can tell a quiet hall from a dead line (an EventSource cannot
         *     see comment lines). A board that reconnects sends the last id it
         *     saw in `Last-Event-ID` (browsers do it on their own) or `after`, and gets every call since, from whichever
         *     instance answers. When too many calls were missed to replay (more than 200), one `event: reset` asks the board
         *     to read `/calls` again. The server ends the stream when it shuts down; the browser reconnects.
         *     Each client address may hold a limited number of streams at once (`MPP_STREAMS_PER_CLIENT`, default 10).
         */
        get: operations["streamHallCalls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/bookings/{code}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a resident in at the MPP; gives the queue number. */
        post: operations["checkInBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/queues/{agencyId}/call-next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Call the next checked-in resident to a counter. */
        post: operations["callNext"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/applications/{number}/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move an application to its next step, or reject it. */
        post: operations["advanceApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/bookings/{code}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the call of the visitor at a counter — served, no-show, or sent to another counter.
         * @description Only a booking being served (`serving`) has an outcome (`409 booking_not_active` otherwise). `served` makes
         *     it `done`; `no_show` (called, and did not come to the counter) makes it `no_show`; `transferred` puts it back
         *     in line for the counter `counterId` names (`checked_in`), which calls it before anyone else. Audited.
         */
        post: operations["recordVisitOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/queues/{agencyId}/counters/{counterId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who a counter serves now (booking code and queue number, never personal data) and who waits. */
        get: operations["getCounter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bookings, visits, no-shows and waiting times per day, agency and service over a date range.
         * @description A viewer sees its agency (or every agency when it has none), an agency administrator its agency, an MPP
         *     administrator every agency; `agencyId` narrows to one agency the caller may see. Counted from what remains
         *     of bookings after their personal data is erased. `format=csv` answers the rows as CSV (UTF-8 with BOM,
         *     comma-separated, CRLF) for a spreadsheet.
         */
        get: operations["getReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/reports/satisfaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The satisfaction index (IKM) of the scope, per agency and per service over a date range, with the suggestions.
         * @description Computed as PermenPANRB 14/2017 says (src/rules/survey.ts): each element's mean, weighted 1/9, times 25,
         *     graded A–D; beside each group the served visits (the population) and the Krejcie–Morgan minimum sample.
         *     Who sees which agency is as for `GET /staff/reports`. `format=csv` answers the groups as CSV.
         */
        get: operations["getSatisfactionReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/privacy/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * One person's bookings with their personal data, on their request (UU 27/2022); audited without the NIK.
         * @description The person is their NIK and the name or the phone number on their bookings; only bookings matching both are
         *     answered (a mistyped NIK finds nobody else's). The NIK travels in this body only, never in a URL or a log.
         *     An MPP administrator searches every agency, an agency administrator its own. `format: csv` answers CSV.
         */
        post: operations["exportPersonData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/privacy/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase one person's personal data from their bookings, on their request; audited without the NIK.
         * @description Found as for the export. Name, phone, e-mail and NIK hash and digits are erased; the bookings stay as
         *     anonymous counts for the reports. A booking still active (booked, checked in, being served) is cancelled.
         */
        post: operations["erasePersonData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with e-mail and password; sets the session cookie and answers the CSRF token.
         * @description The same `401` for an unknown e-mail and a wrong password. Failed log-ins are counted per e-mail and per
         *     client address: after 3, each next try waits longer (`429` with `Retry-After`); after 10 per e-mail (50 per
         *     address) in 15 minutes, the door stays shut until the window ends.
         */
        post: operations["logInStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in account and its session's CSRF token (a staff page calls this when it opens). */
        get: operations["getStaffSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session (the cookie is cleared). */
        post: operations["logOutStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accounts (an MPP administrator sees all; an agency administrator those of its agency). */
        get: operations["listStaffAccounts"];
        put?: never;
        /** Create an account (an agency administrator only in its own agency, never an MPP administrator). */
        post: operations["createStaffAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/accounts/{staffId}": {
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
         * Change an account's name, role, agency, standing or password; its sessions end when any but the name changes.
         * @description Nobody changes their own role, agency or standing (`403`); their own password needs `currentPassword`.
         */
        patch: operations["updateStaffAccount"];
        trace?: never;
    };
    "/staff/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API keys (names, agency, role, state — never the keys). */
        get: operations["listApiKeys"];
        put?: never;
        /** Issue a named API key for an agency system; the key is in this answer only (only its hash is kept). */
        post: operations["issueApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/api-keys/{keyId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a key; it is refused (401) from the next request on, on every instance. */
        post: operations["revokeApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, newest first (an MPP administrator sees all; an agency administrator its agency's). */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/bookings/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A booking by its code alone, for the counter of its agency (with the live queue on the day). */
        get: operations["getStaffBooking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catalogue as administrators edit it, published or not (an agency administrator sees its agency's). */
        get: operations["listStaffServices"];
        put?: never;
        /**
         * Add a service with its service standard (its id made from the agency and the name unless given).
         * @description Checked by the contract, then by the rules core (`src/rules/service-standard.ts`): `422` with one error per
         *     field. `409` when the id is taken. A new bookable service has no sessions until its schedule is set.
         */
        post: operations["createStaffService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/services/{serviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service as administrators edit it. */
        get: operations["getStaffService"];
        /**
         * Replace a service's standard (and whether it is published), from the revision the editor read.
         * @description `409` when the service changed since `revision` (someone else saved first): nothing is written. Moving a
         *     service to another agency is for an MPP administrator. Residents see the change without a restart.
         */
        put: operations["updateStaffService"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/catalogue/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catalogue as a CSV file (UTF-8 with BOM, comma separated, quoted; docs/staff.md lists the columns). */
        get: operations["exportCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/catalogue/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or replace services from a CSV file; every row is checked, and nothing is applied when any is wrong.
         * @description Each row is a service, by `id` (new ids are created, known ones replaced). One transaction: when any row
         *     is wrong the answer is `422` with `rows` (row number as a spreadsheet shows it, column, message) and nothing
         *     changes; when all are right, all are applied.
         */
        post: operations["importCatalogue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/services/{serviceId}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A service's weekly sessions (start, end, quota per weekday) and the hour its booking window's last day opens.
         * @description For an MPP administrator, or an administrator of the service's agency.
         */
        get: operations["getServiceSchedule"];
        /**
         * Replace a service's weekly sessions and window opening hour (validated by the rules core).
         * @description Every weekday not listed has no sessions. A session's id is its start (`s0800`). Sessions may not overlap,
         *     end before they start, cross the Friday prayer break (11.30–13.30), or have a quota below 1 (`422`). A change
         *     never drops a booking: removing a session, or moving its end, while residents hold bookings on it from today
         *     on, or lowering its quota below the places taken, is refused with `409 conflict` and one entry per session
         *     and date in `errors` — close the day first (its bookings are marked and the residents told), then change
         *     the schedule. Takes effect at once for every day of the window.
         */
        put: operations["replaceServiceSchedule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/closures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Closed days (holidays, cuti bersama, ad-hoc closures) from a date on, in date order.
         * @description An MPP administrator sees all; an agency administrator the whole MPP's and its agency's.
         */
        get: operations["listClosures"];
        put?: never;
        /**
         * Close a day for the whole MPP (MPP administrator) or one agency; its bookings are marked `closed`.
         * @description Booked and checked-in visits of that day (of every agency, or of the one) become `closed`, with the reason in
         *     their `closure`: a resident looking theirs up sees why and is offered another day. They stay closed if the
         *     closure is removed later (they have been told; they reschedule). `holiday` and `cuti_bersama` are for the
         *     whole MPP only.
         */
        post: operations["createClosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/closures/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many bookings closing a day would mark, before confirming. */
        get: operations["previewClosure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/closures/{closureId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Open a closed day again for new bookings (bookings already marked `closed` stay so). */
        delete: operations["deleteClosure"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Format: date
         * @description A calendar day in the MPP's time zone, a real date of the years 0000–9999 (RFC 3339 `full-date`).
         * @example 2026-12-07
         */
        CalendarDate: string;
        /**
         * Format: date-time
         * @description ISO 8601 with offset.
         * @example 2026-12-07T08:00:00+07:00
         */
        Instant: string;
        /** @example disdukcapil */
        AgencyId: string;
        /** @example disdukcapil-perekaman-dan-penerbitan-ktp-el-baru */
        ServiceId: string;
        /** @description A booking code or an application number as the system that issued it writes it: 3 to 64 letters, digits, dots, hyphens and underscores, starting with a letter or digit. No client may infer what a code names from its shape; `POST /lookup` answers with its `kind`. Codes the MPP issues itself are matched without regard to case. */
        Code: string;
        /**
         * @description A `Code` naming a booking. The reference server issues `RSV-` and 8 characters without look-alikes (no 0, 1, I, O); other implementations issue their own.
         * @example RSV-7KQ2M9XA
         */
        BookingCode: string;
        /**
         * @description A `Code` naming an application, as the system that holds it numbers them (the demo's are `PMH-YYYY-NNNNNN`).
         * @example PMH-2026-000123
         */
        ApplicationNumber: string;
        /** @example 0003 */
        Last4: string;
        /**
         * @description What a resident gives with a code: the last 4 digits of the NIK, the last 4 digits of the mobile number given when booking, or the date of birth (as the NIK encodes it: day, month and the year's last two digits count).
         * @enum {string}
         */
        SecondFactorKind: "nik_last4" | "phone_last4" | "birth_date";
        /**
         * @description The second factor of the kind `GET /config` announces; 4 digits, or a date of birth `YYYY-MM-DD`.
         * @example 0003
         * @example 1990-08-17
         */
        SecondFactor: string;
        MppConfig: {
            secondFactor: components["schemas"]["SecondFactorKind"];
        };
        /**
         * @description How sure the MPP is of the published standard; `typical` entries follow national practice and await local confirmation.
         * @enum {string}
         */
        Confidence: "verified-local" | "verified-national" | "typical";
        Counter: {
            /** @example loket-3 */
            id: string;
            /** @example Loket 3 */
            name: string;
        };
        OpeningHours: {
            /** @description ISO weekdays, 1 = Monday. */
            weekdays: number[];
            /** @example 08:00 */
            open: string;
            /** @example 15:00 */
            close: string;
            /** @example 11:30 */
            breakStart?: string;
            /** @example 13:00 */
            breakEnd?: string;
        };
        Contact: {
            /** @example (0771) 4440123 */
            phone?: string;
            /** @example +6281234500001 */
            whatsapp?: string;
            /** @example disdukcapil@tanjungpinangkota.go.id */
            email?: string;
            /**
             * Format: uri
             * @example https://disdukcapil.tanjungpinangkota.go.id
             */
            website?: string;
        };
        Agency: {
            id: components["schemas"]["AgencyId"];
            /** @example Dinas Kependudukan dan Pencatatan Sipil Kota Tanjungpinang */
            name: string;
            /** @example Disdukcapil */
            shortName: string;
            counters: components["schemas"]["Counter"][];
            hours: components["schemas"]["OpeningHours"][];
            contact: components["schemas"]["Contact"];
        };
        Cost: {
            /** @description No charge at all. */
            free: boolean;
            /** @description The one fixed price in Rupiah, when there is one. */
            amount?: number | null;
            /**
             * @description The published wording, for conditional or variable costs.
             * @example Rp650.000 (5 tahun) / Rp950.000 (10 tahun)
             */
            text: string;
        };
        Duration: {
            /** @example Selesai di hari yang sama bila berkas lengkap */
            text: string;
            /** @description The longest time in working days, when the standard names one (0 = the same day). */
            workingDays?: number | null;
        };
        ServiceSummary: {
            id: components["schemas"]["ServiceId"];
            agencyId: components["schemas"]["AgencyId"];
            /** @example Perekaman dan Penerbitan KTP-el Baru */
            name: string;
            /** @example Kependudukan */
            category: string;
            /**
             * @description Abbreviations and synonyms residents type.
             * @example [
             *       "ktp",
             *       "e-ktp",
             *       "ktp-el",
             *       "kartu tanda penduduk"
             *     ]
             */
            keywords: string[];
            /** @description One sentence on what the service is for. */
            summary?: string;
            /** @description A visit can be booked online. */
            bookable: boolean;
            cost: components["schemas"]["Cost"];
            duration: components["schemas"]["Duration"];
            confidence: components["schemas"]["Confidence"];
            /**
             * @description The language of this service's texts, as `Accept-Language` chose (added in v1; absent: `id`). Fields in `untranslated` are in Bahasa Indonesia whatever it says.
             * @enum {string}
             */
            lang?: "id" | "en";
            /** @description The fields with no translation into `lang`, given in Bahasa Indonesia (added in v1; absent or empty: every text is in `lang`). A client marks their text `lang="id"`. */
            untranslated?: components["schemas"]["TranslatableField"][];
            /** @description Questions this service asks when a visit is booked, besides the NIK, name, phone and e-mail every booking asks (added in v1; absent or empty: none). A booking answers them in `fields`. */
            bookingFields?: components["schemas"]["BookingField"][];
        };
        /**
         * @description A service's text that can be translated (`duration` and `cost` name their `text`).
         * @enum {string}
         */
        TranslatableField: "name" | "category" | "summary" | "duration" | "cost" | "requirements" | "procedure" | "product" | "complaints" | "notes";
        /** @description A service's texts in another language, each optional: what is missing is answered in Bahasa Indonesia and listed in `untranslated`. Lists replace the Indonesian list whole. */
        ServiceTranslation: {
            name?: string;
            category?: string;
            summary?: string;
            /** @description `duration.text`. */
            duration?: string;
            /** @description `cost.text`. */
            cost?: string;
            requirements?: string[];
            procedure?: string[];
            product?: string;
            complaints?: {
                name: string;
                detail?: string;
                /** Format: uri */
                url?: string;
            }[];
            notes?: string;
        };
        /** @description A text in Bahasa Indonesia (`id`) and, where written, English (`en`; else clients show `id`). */
        LocalText: {
            id: string;
            en?: string;
        };
        /** @description An extra booking field a service declares, with its validation (src/rules/booking-fields.ts, shared by the server and the widgets). With `choices` it is a choice list; otherwise a text of `format`: `text` (spaces folded), `digits` (spaces, dots and dashes removed; e.g. a Nomor KK, 16 digits) or `vehicle_plate` (an Indonesian plate, `BP 1234 AB`, upper-cased). Formats are named, not patterns, so no administrator's regular expression runs on the server. Lengths count characters (code points); without them, 1 to 100. The values are personal data: kept with the booking, never answered back, erased with it. */
        BookingField: {
            /** @example nomor_kk */
            id: string;
            label: components["schemas"]["LocalText"];
            hint?: components["schemas"]["LocalText"];
            required: boolean;
            /**
             * @description Absent: `text`.
             * @enum {string}
             */
            format?: "text" | "digits" | "vehicle_plate";
            minLength?: number;
            maxLength?: number;
            choices?: {
                value: string;
                label: components["schemas"]["LocalText"];
            }[];
        };
        ServiceList: {
            items: components["schemas"]["ServiceSummary"][];
            total: number;
            /** @description The agencies the items name, so one request fills a search page. */
            agencies: components["schemas"]["Agency"][];
        };
        ComplaintChannel: {
            /** @example SP4N-LAPOR! */
            name: string;
            /** @example Adukan melalui lapor.go.id atau SMS 1708 */
            detail?: string;
            /**
             * Format: uri
             * @example https://www.lapor.go.id
             */
            url?: string;
        };
        ServiceDetail: components["schemas"]["ServiceSummary"] & {
            /** @description Persyaratan. */
            requirements: string[];
            /** @description Prosedur, in order. */
            procedure: string[];
            /** @description Produk layanan. */
            product: string;
            complaints: components["schemas"]["ComplaintChannel"][];
            /** @description Dasar hukum. */
            legalBasis: string[];
            notes?: string;
            agency: components["schemas"]["Agency"];
            /**
             * @description Where at the MPP the service is given.
             * @example Loket 1–3, lantai 1
             */
            counter: string;
        };
        ClosedReason: {
            /** @enum {string} */
            code: "weekend" | "holiday" | "cuti_bersama" | "closure" | "closed" | "past";
            /**
             * @description For holidays: its name; for a closure (`closure`, closed by the MPP or the agency): its reason.
             * @example Hari Raya Natal
             */
            name?: string;
            /** @description With `closed`: the window's last day is not open yet; it opens at this instant. */
            opensAt?: components["schemas"]["Instant"];
        };
        Session: {
            /** @example s0800 */
            id: string;
            start: components["schemas"]["Instant"];
            end: components["schemas"]["Instant"];
            quota: number;
            remaining: number;
            /** @description False once the session has ended or is full. */
            bookable?: boolean;
        };
        AvailabilityDay: {
            date: components["schemas"]["CalendarDate"];
            open: boolean;
            /** @description With `open`: true when a session of the day is still to come and none has a place left, so the day is shown as full ("Penuh") before a resident picks it, with the next day that has places. False on an open day with places, and on a day whose sessions have all ended. A day of the window that is not open yet is `open: false` with `reason.code: closed` and `reason.opensAt` (the MPP's opening hour for it). */
            full?: boolean;
            reason?: components["schemas"]["ClosedReason"];
            sessions: components["schemas"]["Session"][];
        };
        Availability: {
            serviceId: components["schemas"]["ServiceId"];
            /** @example Asia/Jakarta */
            timezone: string;
            days: components["schemas"]["AvailabilityDay"][];
        };
        BookingRequest: {
            serviceId: components["schemas"]["ServiceId"];
            date: components["schemas"]["CalendarDate"];
            sessionId: string;
            /** @description Nomor Induk Kependudukan, 16 digits. The server also checks what a pattern cannot say (src/rules/identity.ts) and answers a field error naming it: the first two digits a province code in use (`nik_province`), digits 7–12 a real birth date DDMMYY with 40 added to the day for women (`nik_birthdate`), the last four not `0000` (`nik_serial`). */
            nik: string;
            /** @description The full name as on the KTP: at least one character that is not a space, and no control character but spaces (tabs and line breaks are folded into spaces). */
            name: string;
            /** @description An Indonesian mobile number normalised to `+628…`. */
            phone: string;
            /** Format: email */
            email?: string;
            /**
             * @description Answers to the service's `bookingFields` by their `id` (added in v1; a service without them needs none). The server checks them with the service's declarations and answers `422` with a field error named `fields.<id>`: `field_required`, `field_length`, `field_format`, `field_choice`, or `field_unknown` for an id the service does not declare. An optional field may be left out or empty.
             * @example {
             *       "nomor_kk": "2172010101850001"
             *     }
             */
            fields?: {
                [key: string]: string;
            };
        };
        /** @description The code and the second factor: `secondFactor` (of the kind `GET /config` announces) or, from a v1 client, `nikLast4`. Without either the answer is the same `404` as for a wrong factor. */
        BookingLookupRequest: {
            code: components["schemas"]["BookingCode"];
            secondFactor?: components["schemas"]["SecondFactor"];
            nikLast4?: components["schemas"]["Last4"];
        };
        StatusLookupRequest: {
            code: components["schemas"]["Code"];
            verifier: components["schemas"]["SecondFactor"];
        };
        /** @description A booking or an application; `kind` says which. */
        StatusLookupResult: components["schemas"]["Booking"] | components["schemas"]["Application"];
        /** @description The second factor (`secondFactor`, or `nikLast4` from a v1 client; without either the answer is `404`), and why the resident cancels (added in v1, optional: a v1 client that sends only `nikLast4` cancels as before). The reason is kept with the booking and is in staff's export of a person's data; the free text is the resident's own words, personal data like the name. */
        CancelRequest: {
            secondFactor?: components["schemas"]["SecondFactor"];
            nikLast4?: components["schemas"]["Last4"];
            reason?: components["schemas"]["CancelReason"];
        };
        CancelReason: {
            /**
             * @description `schedule_conflict` (cannot come then), `not_needed` (no longer needed), `documents_not_ready` (the requirements are not ready), `booked_by_mistake`, `other` (say in `text`).
             * @enum {string}
             */
            code: "schedule_conflict" | "not_needed" | "documents_not_ready" | "booked_by_mistake" | "other";
            /** @description In the resident's words; spaces folded, at most 200 characters. */
            text?: string;
        };
        /** @description The new session and the second factor (`secondFactor`, or `nikLast4` from a v1 client). */
        RescheduleRequest: {
            secondFactor?: components["schemas"]["SecondFactor"];
            nikLast4?: components["schemas"]["Last4"];
            date: components["schemas"]["CalendarDate"];
            sessionId: string;
        };
        /**
         * @description `closed`: the MPP or the agency closed that day after it was booked (see `closure`); it can be rescheduled.
         * @enum {string}
         */
        BookingStatus: "booked" | "checked_in" | "serving" | "done" | "cancelled" | "expired" | "no_show" | "closed";
        QueueCounter: {
            id: string;
            /** @example Loket 3 */
            name: string;
            /** @example A-012 */
            nowServing: string | null;
        };
        /** @description Live queue data, present on the day of the visit. */
        BookingQueue: {
            /**
             * @description The resident's queue number, given at check-in.
             * @example A-015
             */
            number?: string | null;
            /** @description People before the resident: once checked in, those checked in earlier and not yet called; before check-in (`status: booked`), everyone already in the queue. A resident joins the queue at check-in, so a tracker gives the position only from then (before, it says when and where to check in, from `checkIn` and `counter`). */
            ahead: number;
            counters: components["schemas"]["QueueCounter"][];
            /** @description When the resident's turn is expected; never before the session's start, nor before the answer's time (`updatedAt`). Null once the resident is called. */
            estimatedAt?: components["schemas"]["Instant"] | null;
            updatedAt: components["schemas"]["Instant"];
            /** @description The counter the resident is called to, while the booking is being served (`serving`). */
            calledTo?: {
                id: string;
                /** @example Loket 3 */
                name: string;
            };
        };
        Booking: {
            /**
             * @description What this is (added in v1; every answer carrying a booking has it). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "booking";
            code: components["schemas"]["BookingCode"];
            status: components["schemas"]["BookingStatus"];
            serviceId: components["schemas"]["ServiceId"];
            serviceName: string;
            agencyId: components["schemas"]["AgencyId"];
            agencyName: string;
            /** @example Loket 1–3, lantai 1 */
            counter: string;
            /**
             * @description The language `Accept-Language` chose for the service's name and `requirements` (added in v1; absent: `id`); those in `untranslated` are in Bahasa Indonesia whatever it says. Agency and counter names are never translated.
             * @enum {string}
             */
            lang?: "id" | "en";
            /** @description `name` (the service's name) and `requirements` when the service has no translation of them into `lang` (added in v1; absent or empty: both are in `lang`). A client marks their text `lang="id"`. */
            untranslated?: components["schemas"]["TranslatableField"][];
            date: components["schemas"]["CalendarDate"];
            session: {
                id: string;
                start: components["schemas"]["Instant"];
                end: components["schemas"]["Instant"];
            };
            /** @description Check-in opens 15 minutes before the session and closes 15 minutes after its end. */
            checkIn: {
                opensAt: components["schemas"]["Instant"];
                closesAt: components["schemas"]["Instant"];
            };
            /** @example ************0003 */
            nikMasked: string;
            /** @description What to bring (the service's requirements). */
            requirements?: string[];
            createdAt: components["schemas"]["Instant"];
            qr: components["schemas"]["QrCode"];
            queue?: components["schemas"]["BookingQueue"];
            /** @description With status `closed`: why the day was closed (`holiday`, `cuti_bersama` or `closure`, and `name`). */
            closure?: components["schemas"]["ClosedReason"];
            /** @description With status `done` (served) and the survey not yet answered, in the answer to the resident's own look-up (behind the second factor): what `POST /surveys` takes. Never in a staff view. */
            surveyToken?: components["schemas"]["SurveyToken"];
        };
        /** @description The check-in QR code of the booking (it encodes the booking code), drawn by the server so that every client shows exactly what the counter's scanner reads and no client needs a QR encoder. `modules` holds the `size`×`size` modules row by row, 1 = dark, eight to a byte with the first module in the high bit, in base64; the client adds the quiet zone. */
        QrCode: {
            /** @example 25 */
            size: number;
            modules: string;
        };
        CounterState: {
            agencyId: components["schemas"]["AgencyId"];
            counterId: string;
            /** @example Loket 3 */
            counterName: string;
            /** @description The visit the counter serves now, or null. */
            serving: {
                code: components["schemas"]["BookingCode"];
                /** @example D-007 */
                queueNumber: string;
                serviceId: components["schemas"]["ServiceId"];
                serviceName: string;
                calledAt: components["schemas"]["Instant"];
            } | null;
            /** @description Checked in at the agency and not yet called. */
            waiting: number;
            /** @description Of those, sent to this counter by another. */
            waitingHere: number;
            updatedAt: components["schemas"]["Instant"];
        };
        ReportFigures: {
            /** @description Every booking for the day, cancelled ones included. */
            bookings: number;
            cancelled: number;
            /** @description Residents who came and checked in. */
            visits: number;
            served: number;
            /** @description Booked and never came (expired, or still booked after the day), or called and absent. */
            noShows: number;
            /** @description Check-in to first call, whole minutes; null with no call. */
            waitAverageMinutes: number | null;
            waitMedianMinutes: number | null;
        };
        ReportRow: components["schemas"]["ReportFigures"] & {
            date: components["schemas"]["CalendarDate"];
            agencyId: components["schemas"]["AgencyId"];
            agencyName: string;
            serviceId: components["schemas"]["ServiceId"];
            serviceName: string;
        };
        /** @description The right to answer the survey once for one served visit: the booking code and a keyed hash of it, made by the server. Holds no personal data; still, a client keeps it in memory only (never a URL or storage). */
        SurveyToken: string;
        /** @description 1 tidak sesuai/tidak baik, 2 kurang sesuai/kurang baik, 3 sesuai/baik, 4 sangat sesuai/sangat baik. */
        SurveyScore: number;
        /** @description The nine SKM elements of PermenPANRB 14/2017, in its order. */
        SurveyScores: {
            /** @description Persyaratan */
            requirements: components["schemas"]["SurveyScore"];
            /** @description Sistem, mekanisme dan prosedur */
            procedure: components["schemas"]["SurveyScore"];
            /** @description Waktu penyelesaian */
            time: components["schemas"]["SurveyScore"];
            /** @description Biaya/tarif */
            cost: components["schemas"]["SurveyScore"];
            /** @description Produk spesifikasi jenis pelayanan */
            product: components["schemas"]["SurveyScore"];
            /** @description Kompetensi pelaksana */
            competence: components["schemas"]["SurveyScore"];
            /** @description Perilaku pelaksana */
            conduct: components["schemas"]["SurveyScore"];
            /** @description Penanganan pengaduan, saran dan masukan */
            complaints: components["schemas"]["SurveyScore"];
            /** @description Sarana dan prasarana */
            facilities: components["schemas"]["SurveyScore"];
        };
        /** @description The respondent profile the regulation's questionnaire lists; every field optional. */
        SurveyProfile: {
            /** @enum {string} */
            sex?: "male" | "female";
            /** @enum {string} */
            education?: "sd" | "smp" | "sma" | "diploma" | "s1" | "s2" | "s3";
            /** @enum {string} */
            occupation?: "pns" | "tni" | "polri" | "private" | "entrepreneur" | "student" | "other";
            /** @enum {string} */
            age?: "under-20" | "20-29" | "30-39" | "40-49" | "50-59" | "60-plus";
        };
        SurveyAnswer: {
            token: components["schemas"]["SurveyToken"];
            scores: components["schemas"]["SurveyScores"];
            profile?: components["schemas"]["SurveyProfile"];
            /** @description Saran dan masukan: free text, read by the MPP. */
            suggestion?: string;
        };
        SurveyReceipt: {
            /** @constant */
            status: "answered";
        };
        /** @description Each element's mean score (1–4, two decimals); null without answers. */
        IkmElements: {
            requirements: components["schemas"]["IkmMean"];
            procedure: components["schemas"]["IkmMean"];
            time: components["schemas"]["IkmMean"];
            cost: components["schemas"]["IkmMean"];
            product: components["schemas"]["IkmMean"];
            competence: components["schemas"]["IkmMean"];
            conduct: components["schemas"]["IkmMean"];
            complaints: components["schemas"]["IkmMean"];
            facilities: components["schemas"]["IkmMean"];
        };
        IkmMean: number | null;
        /** @description The index of a group of answers. */
        IkmResult: {
            respondents: number;
            elements: components["schemas"]["IkmElements"];
            /** @description The unit's index (1–4). */
            index: number | null;
            /** @description The IKM, 25–100. */
            converted: number | null;
            /** @description A 88.31–100 sangat baik, B 76.61–88.30 baik, C 65.00–76.60 kurang baik, D 25.00–64.99 tidak baik. */
            grade: ("A" | "B" | "C" | "D") | null;
            /** @description Served visits in the range. */
            population: number;
            /** @description The Krejcie–Morgan minimum for that population. */
            minimumSample: number;
            sampleReached: boolean;
        };
        /** @description The index of one agency (and, with `serviceId`, of one of its services). */
        IkmGroup: components["schemas"]["IkmResult"] & {
            agencyId: components["schemas"]["AgencyId"];
            /** @description Absent on the agency's own line. */
            serviceId?: components["schemas"]["ServiceId"];
        };
        SatisfactionReport: {
            from: components["schemas"]["CalendarDate"];
            to: components["schemas"]["CalendarDate"];
            agencyId: components["schemas"]["AgencyId"] | null;
            /**
             * @description Every answer in the report's scope together: the whole MPP's index when `agencyId` is null, else that
             *     agency's (the same as its line in `groups`). Each element's mean over all respondents, as the regulation
             *     computes a unit's index — not a mean of the agencies' indexes.
             */
            overall: components["schemas"]["IkmResult"];
            groups: components["schemas"]["IkmGroup"][];
            /** @description The residents' suggestions, for reading (untrusted text), with the visit's agency, service and day. */
            suggestions: {
                agencyId: components["schemas"]["AgencyId"];
                serviceId: components["schemas"]["ServiceId"];
                date: components["schemas"]["CalendarDate"];
                text: string;
            }[];
            generatedAt: components["schemas"]["Instant"];
        };
        /** @description One published line; aggregated only, nothing of a person. */
        PublicIkm: {
            /** @description Answers counted; null when withheld. */
            respondents: number | null;
            /** @description Served visits in the period. */
            population: number;
            /** @description The Krejcie–Morgan minimum for that population. */
            minimumSample: number;
            sampleReached: boolean;
            /** @description Figures withheld to protect a small group of respondents (see the operation). */
            withheld: boolean;
            /** @description The IKM, 25–100. */
            converted: number | null;
            grade: ("A" | "B" | "C" | "D") | null;
            /** @description The grade's words as the regulation writes them. */
            gradeWords: ("Sangat Baik" | "Baik" | "Kurang Baik" | "Tidak Baik") | null;
            elements: components["schemas"]["PublicIkmElements"];
        };
        /** @description Each element's value on 25–100 (its mean, two decimals, × 25); null without answers or withheld. */
        PublicIkmElements: {
            requirements: components["schemas"]["PublicIkmValue"];
            procedure: components["schemas"]["PublicIkmValue"];
            time: components["schemas"]["PublicIkmValue"];
            cost: components["schemas"]["PublicIkmValue"];
            product: components["schemas"]["PublicIkmValue"];
            competence: components["schemas"]["PublicIkmValue"];
            conduct: components["schemas"]["PublicIkmValue"];
            complaints: components["schemas"]["PublicIkmValue"];
            facilities: components["schemas"]["PublicIkmValue"];
        };
        PublicIkmValue: number | null;
        PublicSatisfaction: {
            /** @description The period answered (`2026-Q3`, `2026`). */
            period: string;
            from: components["schemas"]["CalendarDate"];
            to: components["schemas"]["CalendarDate"];
            /** @description False while the period is still running (figures may still move). */
            complete: boolean;
            /** @description Groups with fewer answers than this are withheld. */
            minRespondents: number;
            mpp: components["schemas"]["PublicIkm"];
            /** @description Every agency of the MPP, by id. */
            agencies: (components["schemas"]["PublicIkm"] & {
                agencyId: components["schemas"]["AgencyId"];
                agencyName: string;
            })[];
        };
        Report: {
            from: components["schemas"]["CalendarDate"];
            to: components["schemas"]["CalendarDate"];
            agencyId: components["schemas"]["AgencyId"] | null;
            rows: components["schemas"]["ReportRow"][];
            /** @description The figures of each day of the range (days without bookings included), for a chart. */
            days: (components["schemas"]["ReportFigures"] & {
                date: components["schemas"]["CalendarDate"];
            })[];
            totals: components["schemas"]["ReportFigures"];
            generatedAt: components["schemas"]["Instant"];
        };
        /** @description A person, by NIK and the name or phone on their bookings (at least one of the two). */
        PersonDataRequest: {
            nik: string;
            name?: string;
            phone?: string;
        };
        PersonDataExportRequest: {
            nik: string;
            name?: string;
            phone?: string;
            /**
             * @default json
             * @enum {string}
             */
            format: "json" | "csv";
        };
        PersonData: {
            items: {
                code: components["schemas"]["BookingCode"];
                status: components["schemas"]["BookingStatus"];
                serviceId: components["schemas"]["ServiceId"];
                serviceName: string;
                agencyId: components["schemas"]["AgencyId"];
                date: components["schemas"]["CalendarDate"];
                sessionStart: components["schemas"]["Instant"];
                name: string;
                phone: string;
                email: string | null;
                createdAt: components["schemas"]["Instant"];
                checkedInAt?: string | null;
                calledAt?: string | null;
                /** @description The answers to the service's extra booking fields, by their id (absent when none). */
                fields?: {
                    [key: string]: string;
                };
                cancelReason?: components["schemas"]["CancelReason"];
            }[];
        };
        ApplicationLookupRequest: {
            number: components["schemas"]["ApplicationNumber"];
            verifier: components["schemas"]["SecondFactor"];
        };
        ApplicationStep: {
            id: string;
            /** @example Verifikasi berkas */
            name: string;
            /** @enum {string} */
            status: "done" | "current" | "pending" | "rejected";
            startedAt?: components["schemas"]["Instant"];
            completedAt?: components["schemas"]["Instant"];
            note?: string;
        };
        Application: {
            /**
             * @description What this is (added in v1; every answer carrying an application has it). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "application";
            number: components["schemas"]["ApplicationNumber"];
            /** @enum {string} */
            status: "in_progress" | "ready" | "completed" | "rejected";
            serviceId: components["schemas"]["ServiceId"];
            serviceName: string;
            agencyId: components["schemas"]["AgencyId"];
            agencyName: string;
            submittedAt: components["schemas"]["Instant"];
            /** @description When the service standard promises it done, counted in working days (weekends, holidays and cuti bersama skipped) and moved on by the working days the application was paused. Absent when the standard sets no time. */
            deadline?: components["schemas"]["CalendarDate"];
            /** @description The deadline has passed and the application is not finished (never while paused). */
            overdue: boolean;
            /** @description The application's clock is stopped, waiting for the resident (documents to complete, a fee to pay): since when, and why, in words for the resident. Its deadline moves on by the working days it stays paused. */
            pause?: {
                since: components["schemas"]["Instant"];
                /** @example Lengkapi surat kuasa bermeterai di loket 2. */
                reason: string;
            };
            steps: components["schemas"]["ApplicationStep"][];
            rejectionReason?: string;
            /** @description Where and how to collect the result. */
            collection?: {
                /** @example MPP Tanjungpinang, Loket 2 */
                place: string;
                instructions: string;
            };
            /** @description What happens next, in words. */
            nextStep?: string;
            complaints?: components["schemas"]["ComplaintChannel"][];
            /** @description Present only when the agency's own system that holds the application cannot be reached now: the answer is the copy the MPP read at this instant, and may be out of date. */
            asOf?: components["schemas"]["Instant"];
        };
        Queue: {
            agencyId: components["schemas"]["AgencyId"];
            date: components["schemas"]["CalendarDate"];
            counters: components["schemas"]["QueueCounter"][];
            waiting: number;
            averageServiceMinutes?: number;
            updatedAt: components["schemas"]["Instant"];
        };
        /**
         * @description One event of the hall: a number called to a counter (`called`), or the end of its call there (`served`,
         *     `no_show`, or `transferred` to another counter's line). No personal data.
         */
        HallCall: {
            /** @description Increasing; the stream's event id. */
            id: string;
            agencyId: components["schemas"]["AgencyId"];
            counterId: string;
            /** @example Loket 3 */
            counterName: string;
            /** @example A-012 */
            queueNumber: string;
            /** @enum {string} */
            kind: "called" | "served" | "no_show" | "transferred";
            at: components["schemas"]["Instant"];
        };
        HallCounter: {
            agencyId: components["schemas"]["AgencyId"];
            agencyName: string;
            counterId: string;
            /** @example Loket 3 */
            counterName: string;
            /** @example A-012 */
            nowServing: string | null;
        };
        HallBoard: {
            date: components["schemas"]["CalendarDate"];
            agencyId?: components["schemas"]["AgencyId"] | null;
            counters: components["schemas"]["HallCounter"][];
            /** @description The last calls of the day (`called` only), newest first. */
            recent: components["schemas"]["HallCall"][];
            lastEventId: string;
            updatedAt: components["schemas"]["Instant"];
        };
        /**
         * @description The stable codes of problems, with whether sending the same request again can help. `x-retryable` lists
         *     the codes a client may retry on its own, unchanged (after `Retry-After` when the answer gives it); for
         *     every other code the request must change first, or a person must act, or the answer is final.
         *
         *     | code | status | meaning | retrying the same request |
         *     | --- | --- | --- | --- |
         *     | `bad_request` | 400 | the body is not JSON, or a header is malformed | no: fix the request |
         *     | `validation_failed` | 422 | fields are wrong; `errors[]` names each | no: fix the fields |
         *     | `not_found` | 404 | no such resource (look-ups: wrong code or wrong second factor) | no |
         *     | `method_not_allowed` | 405 | the path exists, not with this method; `Allow` lists them | no |
         *     | `unauthorized` | 401 | no valid staff session or API key | no: sign in again |
         *     | `forbidden` | 403 | the role or agency does not allow it, or no CSRF token | no |
         *     | `origin_not_allowed` | 403 | a browser page on an origin the MPP has not registered | no: the MPP adds the origin |
         *     | `conflict` | 409 | the resource already exists (an e-mail, a name) | no |
         *     | `session_full` | 409 | the session's quota is used up | no: choose another session |
         *     | `duplicate_booking` | 409 | this person has a booking for this service that day | no |
         *     | `day_closed` | 409 | the MPP is closed that day | no: choose another day |
         *     | `outside_window` | 409 | the date is outside the booking window | no: choose another day |
         *     | `session_ended` | 409 | the session is over | no: choose another session |
         *     | `service_not_bookable` | 409 | the service is not booked online | no |
         *     | `booking_not_active` | 409 | the booking was cancelled, expired or already used | no |
         *     | `survey_answered` | 409 | the visit's satisfaction survey was answered already | no |
         *     | `check_in_closed` | 409 | check-in is not open now | later, when the check-in window opens |
         *     | `application_closed` | 409 | the application is completed or rejected | no |
         *     | `application_paused` | 409 | the application is paused: resume it before another change | no |
         *     | `application_not_paused` | 409 | resuming an application that is not paused | no |
         *     | `application_external` | 409 | an agency's own system holds the application; change it there | no |
         *     | `idempotency_key_missing` | 400 | a booking without a valid `Idempotency-Key` | no: add the header |
         *     | `idempotency_key_reused` | 409 | the key was used for another booking | no: a new key for a new booking |
         *     | `rate_limited` | 429 | too many requests, or too many wrong second factors | yes, after `Retry-After` |
         *     | `payload_too_large` | 413 | the body is too large | no |
         *     | `unsupported_media_type` | 415 | the body is not `application/json` | no |
         *     | `internal` | 500 | the server failed | yes, a little later |
         *     | `unavailable` | 503 | the server, its database or an agency system is not reachable now | yes, after `Retry-After` |
         * @enum {string}
         */
        ProblemCode: "bad_request" | "validation_failed" | "not_found" | "method_not_allowed" | "unauthorized" | "forbidden" | "conflict" | "session_full" | "duplicate_booking" | "day_closed" | "outside_window" | "session_ended" | "service_not_bookable" | "booking_not_active" | "check_in_closed" | "survey_answered" | "application_closed" | "application_external" | "application_paused" | "application_not_paused" | "idempotency_key_missing" | "idempotency_key_reused" | "rate_limited" | "payload_too_large" | "unsupported_media_type" | "internal" | "unavailable" | "origin_not_allowed";
        /**
         * @description `mpp_admin`: everything. `agency_admin`: its own agency's staff, API keys, audit and counters.
         *     `officer`: check-in, calling and applications of its own agency. `viewer`: reports (of its agency, or all).
         * @enum {string}
         */
        StaffRole: "mpp_admin" | "agency_admin" | "officer" | "viewer";
        StaffId: string;
        ApiKeyId: string;
        Email: string;
        StaffLogin: {
            email: components["schemas"]["Email"];
            password: string;
        };
        StaffAccount: {
            id: components["schemas"]["StaffId"];
            email: components["schemas"]["Email"];
            name: string;
            role: components["schemas"]["StaffRole"];
            agencyId: components["schemas"]["AgencyId"] | null;
            disabled: boolean;
            createdAt: components["schemas"]["Instant"];
            updatedAt: components["schemas"]["Instant"];
        };
        StaffSession: {
            account: components["schemas"]["StaffAccount"];
            /** @description Send it in `X-CSRF-Token` on every POST, PATCH and DELETE. */
            csrfToken: string;
            /** @description The session ends after this many minutes unused. */
            idleMinutes: number;
            expiresAt: components["schemas"]["Instant"];
        };
        StaffAccountNew: {
            email: components["schemas"]["Email"];
            name: string;
            role: components["schemas"]["StaffRole"];
            agencyId?: components["schemas"]["AgencyId"];
            password: string;
        };
        StaffAccountChange: {
            name?: string;
            role?: components["schemas"]["StaffRole"];
            agencyId?: components["schemas"]["AgencyId"] | null;
            disabled?: boolean;
            password?: string;
            /** @description Needed to change one's own password. */
            currentPassword?: string;
        };
        ApiKey: {
            id: components["schemas"]["ApiKeyId"];
            name: string;
            agencyId: components["schemas"]["AgencyId"];
            /** @enum {string} */
            role: "officer" | "viewer";
            /** @description The e-mail of the administrator who issued it. */
            createdBy: string;
            createdAt: components["schemas"]["Instant"];
            revokedAt: components["schemas"]["Instant"] | null;
        };
        ApiKeyNew: {
            /** @description What system uses it ("SIAK Disdukcapil"). */
            name: string;
            agencyId: components["schemas"]["AgencyId"];
            /** @enum {string} */
            role: "officer" | "viewer";
        };
        ApiKeyIssued: components["schemas"]["ApiKey"] & {
            /** @description Shown once; send as `Authorization: Bearer <key>`. */
            key: string;
        };
        AuditEntry: {
            seq: number;
            at: components["schemas"]["Instant"];
            /** @enum {string} */
            actorKind: "staff" | "api_key" | "system";
            actorId: string;
            /** @description The account's e-mail or the key's name. */
            actorLabel: string;
            /**
             * @example booking.check_in
             * @example staff.create
             * @example api_key.revoke
             */
            action: string;
            agencyId: components["schemas"]["AgencyId"] | null;
            target: string | null;
            /** @description The state before (never a NIK, a phone or a password). */
            before: unknown;
            /** @description The state after. */
            after: unknown;
        };
        /**
         * @description Every public component of a service standard (PermenPANRB 15/2014): requirements, procedure, duration,
         *     cost, product, complaints and legal basis, with what the finder shows, as an administrator edits it.
         *     Lists are in order; blank entries are refused.
         */
        ServiceStandard: {
            agencyId: components["schemas"]["AgencyId"];
            name: string;
            category: string;
            keywords: string[];
            summary?: string;
            /** @description A visit can be booked online. */
            bookable: boolean;
            /** @description Residents see it; an unpublished service is invisible to them. */
            published: boolean;
            cost: {
                free: boolean;
                amount?: number | null;
                text: string;
            };
            duration: {
                text: string;
                workingDays?: number | null;
            };
            confidence: components["schemas"]["Confidence"];
            requirements: string[];
            procedure: string[];
            product: string;
            complaints: {
                name: string;
                detail?: string;
                /** Format: uri */
                url?: string;
            }[];
            legalBasis: string[];
            notes?: string;
            counter: string;
            /** @description The extra questions of a booking (see `BookingField`); ids unique, choices' values unique. Absent in a change: none. The CSV of the catalogue does not carry them: an import keeps a service's own. */
            bookingFields?: components["schemas"]["BookingField"][];
            /** @description The service's texts in other languages (added in v1; absent: none). Residents asking for English (`Accept-Language: en`) read these, and Bahasa Indonesia where a text has none. The CSV carries them in its `_en` columns. Absent in a change (`PUT`): the service keeps its own, so an editor that does not know them cannot drop them; `{}` removes them. */
            translations?: {
                en?: components["schemas"]["ServiceTranslation"];
            };
        };
        StaffServiceNew: components["schemas"]["ServiceStandard"] & {
            id?: components["schemas"]["ServiceId"];
        };
        StaffServiceChange: components["schemas"]["ServiceStandard"] & {
            /** @description The `revision` the editor read. */
            revision: number;
        };
        StaffService: components["schemas"]["ServiceStandard"] & {
            id: components["schemas"]["ServiceId"];
            /** @description Grows by one at every change. */
            revision: number;
            /** @description Null for a service as seeded. */
            updatedAt: components["schemas"]["Instant"] | null;
        };
        StaffServiceList: {
            items: components["schemas"]["StaffService"][];
            total: number;
        };
        CatalogueImport: {
            /** @description The CSV file's text (UTF-8; comma or, as Excel writes in some locales, semicolon separated). */
            csv: string;
        };
        CatalogueImportResult: {
            created: components["schemas"]["ServiceId"][];
            updated: components["schemas"]["ServiceId"][];
            unchanged: components["schemas"]["ServiceId"][];
        };
        ImportRowError: {
            /** @description The row number as a spreadsheet shows it (the header is row 1). */
            row: number;
            /** @description The column's header, e.g. `nama`; empty for the whole row. */
            column: string;
            /** @example Tulis minimal satu persyaratan. */
            message: string;
        };
        /**
         * @description A local time of day, `HH:MM`.
         * @example 08:00
         */
        ClockTime: string;
        ScheduleSession: {
            /** @description The session's id: its start, `s0800` (ignored in a change). */
            readonly id?: string;
            start: components["schemas"]["ClockTime"];
            end: components["schemas"]["ClockTime"];
            quota: number;
        };
        ScheduleWeekday: {
            /** @description ISO weekday: 1 = Monday … 7 = Sunday. */
            weekday: number;
            sessions: components["schemas"]["ScheduleSession"][];
        };
        ServiceScheduleChange: {
            /** @description The hour at which the booking window's last day (today + the window's days) opens each day; null: at midnight. */
            windowOpensAt: components["schemas"]["ClockTime"] | null;
            weekdays: components["schemas"]["ScheduleWeekday"][];
        };
        ServiceSchedule: {
            serviceId: components["schemas"]["ServiceId"];
            agencyId: components["schemas"]["AgencyId"];
            bookable: boolean;
            /** @description The window: today … today + windowDays (the MPP's setting). */
            windowDays: number;
            windowOpensAt: components["schemas"]["ClockTime"] | null;
            /** @description The seven weekdays in order, each with its sessions (none on a day without). */
            weekdays: components["schemas"]["ScheduleWeekday"][];
        };
        ClosureId: string;
        /**
         * @description `holiday` (libur nasional) and `cuti_bersama`, for the whole MPP; `closure`: an ad-hoc closure (a power cut).
         * @enum {string}
         */
        ClosureKind: "holiday" | "cuti_bersama" | "closure";
        Closure: {
            id: components["schemas"]["ClosureId"];
            date: components["schemas"]["CalendarDate"];
            /** @description The agency closed; null, the whole MPP. */
            agencyId: components["schemas"]["AgencyId"] | null;
            kind: components["schemas"]["ClosureKind"];
            /**
             * @description The reason residents are shown.
             * @example Pemadaman listrik
             */
            name: string;
            /** @description Null for the seeded calendar. */
            createdAt: components["schemas"]["Instant"] | null;
            /** @description The e-mail of the administrator; null for the seeded calendar. */
            createdBy: string | null;
        };
        ClosureNew: {
            date: components["schemas"]["CalendarDate"];
            agencyId?: components["schemas"]["AgencyId"];
            kind: components["schemas"]["ClosureKind"];
            name: string;
        };
        ClosureImpact: {
            date: components["schemas"]["CalendarDate"];
            agencyId: components["schemas"]["AgencyId"] | null;
            /** @description Booked and checked-in visits of that day it marks `closed`. */
            bookings: number;
            /** @description The day is closed for that scope already. */
            alreadyClosed?: boolean;
        };
        ClosureMade: {
            closure: components["schemas"]["Closure"];
            closedBookings: number;
        };
        FieldError: {
            /** @description The request field, as a JSON path without the leading `/` (`nik`, `session.id`). */
            field: string;
            /**
             * @example nik_length
             * @example required
             * @example phone_format
             */
            code: string;
            /** @example NIK harus 16 angka. */
            message: string;
        };
        /** @description RFC 9457 problem details. */
        Problem: {
            /** Format: uri-reference */
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            code: components["schemas"]["ProblemCode"];
            errors?: components["schemas"]["FieldError"][];
            /** @description A refused catalogue import: what is wrong, row by row. */
            rows?: components["schemas"]["ImportRowError"][];
        };
    };
    responses: {
        /** @description `origin_not_allowed`: a browser request from an origin the MPP has not registered. Nothing was done; the answer carries `Access-Control-Allow-Origin` for that origin, so its page can tell its webmaster. */
        OriginNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The representation has not changed since the `ETag` sent in `If-None-Match`. */
        NotModified: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description `not_found`. For look-ups, the same answer for a wrong code and a wrong second factor. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://mpp.example/problems/not_found",
                 *       "title": "Data tidak ditemukan",
                 *       "status": 404,
                 *       "code": "not_found",
                 *       "detail": "Periksa kembali kode dan 4 angka terakhir NIK."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `validation_failed`, with one entry per field in `errors`. */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://mpp.example/problems/validation_failed",
                 *       "title": "Data belum benar",
                 *       "status": 422,
                 *       "code": "validation_failed",
                 *       "errors": [
                 *         {
                 *           "field": "nik",
                 *           "code": "nik_length",
                 *           "message": "NIK harus 16 angka."
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `rate_limited`. Wait `Retry-After` seconds. */
        RateLimited: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://mpp.example/problems/rate_limited",
                 *       "title": "Terlalu banyak permintaan",
                 *       "status": 429,
                 *       "code": "rate_limited",
                 *       "detail": "Coba lagi dalam 30 detik."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `unauthorized`: no valid staff session or API key (missing, expired, revoked), or a wrong log-in. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `forbidden`: the role or agency does not allow it, or a cookie session sent no valid CSRF token or came from another site. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `conflict`: the id is taken, or the record changed since it was read (nothing was written). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Any other failure: `bad_request` (400), `origin_not_allowed` (403, a browser request from an origin the MPP has not registered), `payload_too_large` (413), `unsupported_media_type` (415), `internal` (500), `unavailable` (503, with `Retry-After`). */
        Problem: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description The `ETag` of the copy the client holds: a tag, a list of tags, weak (`W/"…"`) or strong, or `*`. When one matches, the answer is `304` without a body. */
        IfNoneMatch: string;
        /** @description The resident's language: `id` (default) or `en`, with q-values (`en;q=0.9, id;q=0.8`). Regional tags count as their language (`en-GB` is `en`); a language the MPP does not write is ignored. */
        AcceptLanguage: string;
        ServiceId: components["schemas"]["ServiceId"];
        AgencyId: components["schemas"]["AgencyId"];
        /** @description One agency's counters; the whole MPP when absent. */
        BoardAgency: components["schemas"]["AgencyId"];
        BookingCode: components["schemas"]["BookingCode"];
    };
    requestBodies: never;
    headers: {
        /** @description Opaque version of the representation, for `If-None-Match`. */
        ETag: string;
        /** @description Seconds to wait before trying again. */
        RetryAfter: number;
        /** @description The language of the answer's texts (`id` or `en`); untranslated fields are listed per service. */
        ContentLanguage: "id" | "en";
        /** @description Names `Accept-Language` (with `Accept-Encoding`), so caches keep one copy per language. */
        Vary: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAgencies: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the copy the client holds: a tag, a list of tags, weak (`W/"…"`) or strong, or `*`. When one matches, the answer is `304` without a body. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every agency with its counters, contact and opening hours. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Agency"][];
                        total: number;
                    };
                };
            };
            304: components["responses"]["NotModified"];
            403: components["responses"]["OriginNotAllowed"];
            default: components["responses"]["Problem"];
        };
    };
    listServices: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the copy the client holds: a tag, a list of tags, weak (`W/"…"`) or strong, or `*`. When one matches, the answer is `304` without a body. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description The resident's language: `id` (default) or `en`, with q-values (`en;q=0.9, id;q=0.8`). Regional tags count as their language (`en-GB` is `en`); a language the MPP does not write is ignored. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every service of every agency, in the language `Accept-Language` chose. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Content-Language": components["headers"]["ContentLanguage"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceList"];
                };
            };
            304: components["responses"]["NotModified"];
            403: components["responses"]["OriginNotAllowed"];
            default: components["responses"]["Problem"];
        };
    };
    getService: {
        parameters: {
            query?: never;
            header?: {
                /** @description The resident's language: `id` (default) or `en`, with q-values (`en;q=0.9, id;q=0.8`). Regional tags count as their language (`en-GB` is `en`); a language the MPP does not write is ignored. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service standard (standar pelayanan), in the language `Accept-Language` chose. */
            200: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDetail"];
                };
            };
            404: components["responses"]["NotFound"];
            default: components["responses"]["Problem"];
        };
    };
    getAvailability: {
        parameters: {
            query?: {
                /** @description First day (default today in the MPP's time zone). */
                from?: components["schemas"]["CalendarDate"];
                /** @description How many days from `from` (1 to 31; by default the booking window, 8 days). Only the days of the booking window can be booked; the others are listed closed. */
                days?: number;
            };
            header?: never;
            path: {
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The days, each open or closed, with sessions and remaining places. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Availability"];
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            default: components["responses"]["Problem"];
        };
    };
    createBooking: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per booking attempt (a UUID), reused on every retry of that attempt. Visible ASCII only, so no proxy trims or folds it on the way. */
                "Idempotency-Key": string;
                /** @description The resident's language: `id` (default) or `en`, with q-values (`en;q=0.9, id;q=0.8`). Regional tags count as their language (`en-GB` is `en`); a language the MPP does not write is ignored. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "serviceId": "disdukcapil-perekaman-dan-penerbitan-ktp-el-baru",
                 *       "date": "2026-12-07",
                 *       "sessionId": "s0800",
                 *       "nik": "3172014509900003",
                 *       "name": "Siti Aminah",
                 *       "phone": "+6281234567890"
                 *     }
                 */
                "application/json": components["schemas"]["BookingRequest"];
            };
        };
        responses: {
            /** @description Booked; the service named in the language `Accept-Language` chose (a replay too). */
            201: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description `idempotency_key_missing`: no `Idempotency-Key`, or one off its pattern; `bad_request`: the body is not JSON. Sending the same request again cannot help. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description `session_full` (no place left), `duplicate_booking` (this NIK already has an active booking for the
             *     service that day), `session_ended` (the session is over), `day_closed` (a weekend, holiday or closure;
             *     `detail` names it), `outside_window` (before today or past the booking window), `service_not_bookable`
             *     (the service takes no online booking), `idempotency_key_reused`.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://mpp.example/problems/session_full",
                     *       "title": "Sesi sudah penuh",
                     *       "status": 409,
                     *       "code": "session_full",
                     *       "detail": "Kuota sesi 08.00–09.00 WIB pada 7 Desember 2026 sudah habis."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The MPP's choices. */
            200: {
                headers: {
                    /** @description `public, max-age=3600` */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "secondFactor": "nik_last4"
                     *     }
                     */
                    "application/json": components["schemas"]["MppConfig"];
                };
            };
            403: components["responses"]["OriginNotAllowed"];
            default: components["responses"]["Problem"];
        };
    };
    lookupStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description The resident's language: `id` (default) or `en`, with q-values (`en;q=0.9, id;q=0.8`). Regional tags count as their language (`en-GB` is `en`); a language the MPP does not write is ignored. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "RSV-7KQ2M9XA",
                 *       "verifier": "0003"
                 *     }
                 */
                "application/json": components["schemas"]["StatusLookupRequest"];
            };
        };
        responses: {
            /** @description What the code names, with its `kind`; a booking names its service in the language `Accept-Language` chose, an application keeps its agency's texts (`Content-Language: id`). */
            200: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusLookupResult"];
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            /** @description `unavailable`: the agency's own system that holds this application cannot be reached, and the MPP has no recent copy of it. Try again after `Retry-After` seconds. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    lookupBooking: {
        parameters: {
            query?: never;
            header?: {
                /** @description The resident's language: `id` (default) or `en`, with q-values (`en;q=0.9, id;q=0.8`). Regional tags count as their language (`en-GB` is `en`); a language the MPP does not write is ignored. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "RSV-7KQ2M9XA",
                 *       "nikLast4": "0003"
                 *     }
                 */
                "application/json": components["schemas"]["BookingLookupRequest"];
            };
        };
        responses: {
            /** @description The booking, its service named in the language `Accept-Language` chose. */
            200: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    cancelBooking: {
        parameters: {
            query?: never;
            header?: {
                /** @description The resident's language: `id` (default) or `en`, with q-values (`en;q=0.9, id;q=0.8`). Regional tags count as their language (`en-GB` is `en`); a language the MPP does not write is ignored. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                code: components["parameters"]["BookingCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelRequest"];
            };
        };
        responses: {
            /** @description Cancelled; the place is released. */
            200: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            404: components["responses"]["NotFound"];
            /** @description `booking_not_active`: already cancelled, served or expired. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    rescheduleBooking: {
        parameters: {
            query?: never;
            header?: {
                /** @description The resident's language: `id` (default) or `en`, with q-values (`en;q=0.9, id;q=0.8`). Regional tags count as their language (`en-GB` is `en`); a language the MPP does not write is ignored. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                code: components["parameters"]["BookingCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RescheduleRequest"];
            };
        };
        responses: {
            /** @description The booking at its new day and session (same code). */
            200: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            404: components["responses"]["NotFound"];
            /** @description `booking_not_active`, or the new session refused as a new booking would be: `session_full`, `duplicate_booking`, `session_ended`, `day_closed`, `outside_window`, `service_not_bookable`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    lookupApplication: {
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
                 *       "number": "PMH-2026-000123",
                 *       "verifier": "0003"
                 *     }
                 */
                "application/json": components["schemas"]["ApplicationLookupRequest"];
            };
        };
        responses: {
            /** @description The application with its steps. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            /** @description `unavailable`: the agency's own system that holds this application cannot be reached, and the MPP has no recent copy of it. Try again after `Retry-After` seconds. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    getQueue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: components["parameters"]["AgencyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Now serving per counter and people waiting. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Queue"];
                };
            };
            404: components["responses"]["NotFound"];
            default: components["responses"]["Problem"];
        };
    };
    submitSurvey: {
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
                 *       "token": "RSV-7KQ2M9XA.0123456789abcdef0123456789abcdef",
                 *       "scores": {
                 *         "requirements": 4,
                 *         "procedure": 3,
                 *         "time": 3,
                 *         "cost": 4,
                 *         "product": 4,
                 *         "competence": 4,
                 *         "conduct": 4,
                 *         "complaints": 3,
                 *         "facilities": 3
                 *       },
                 *       "profile": {
                 *         "sex": "female",
                 *         "age": "30-39"
                 *       },
                 *       "suggestion": "Kursi ruang tunggu ditambah."
                 *     }
                 */
                "application/json": components["schemas"]["SurveyAnswer"];
            };
        };
        responses: {
            /** @description Stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyReceipt"];
                };
            };
            404: components["responses"]["NotFound"];
            /** @description `survey_answered`: this visit has been answered already. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getPublicSatisfaction: {
        parameters: {
            query?: {
                /** @description `YYYY-Qn` (a quarter) or `YYYY` (a year); the last complete quarter when absent. */
                period?: string;
            };
            header?: {
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The index per agency and for the whole MPP. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    /** @description `public, max-age=300` */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicSatisfaction"];
                };
            };
            304: components["responses"]["NotModified"];
            422: components["responses"]["ValidationFailed"];
            default: components["responses"]["Problem"];
        };
    };
    getHallCalls: {
        parameters: {
            query?: {
                /** @description One agency's counters; the whole MPP when absent. */
                agency?: components["parameters"]["BoardAgency"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every counter (of the agency, or of the whole MPP) with the number it serves, and the last calls. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HallBoard"];
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            default: components["responses"]["Problem"];
        };
    };
    streamHallCalls: {
        parameters: {
            query?: {
                /** @description One agency's counters; the whole MPP when absent. */
                agency?: components["parameters"]["BoardAgency"];
                /** @description The id of the last call already seen (from `/calls`'s `lastEventId`). */
                after?: string;
            };
            header?: {
                /** @description Sent by the browser when it reconnects; wins over `after`. */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stream of `call` events (data is a `HallCall`), `reset` events and `ping` heartbeats. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    checkInBooking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: components["parameters"]["BookingCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Checked in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description `check_in_closed` (outside the check-in window) or `booking_not_active`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    callNext: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: components["parameters"]["AgencyId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    counterId: string;
                };
            };
        };
        responses: {
            /** @description The queue after the call (`nowServing` of that counter is the called number, or null when nobody waits). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Queue"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            default: components["responses"]["Problem"];
        };
    };
    advanceApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: components["schemas"]["ApplicationNumber"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description `advance`: the current step is done and the next begins. `reject`: the application ends here. `pause`: the clock stops, waiting for the resident (`note` says why and is required). `resume`: the clock runs again and the deadline moves on by the working days it was paused.
                     * @enum {string}
                     */
                    action: "advance" | "reject" | "pause" | "resume";
                    /** @description Shown to the resident: the reason, when rejecting or pausing. */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The application after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description `application_closed`: already completed or rejected. `application_paused`: paused; resume it first. `application_not_paused`: resuming one that is not paused. `application_external`: an agency's own system holds this application (the server reads it from there); change it in that system. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["ValidationFailed"];
            default: components["responses"]["Problem"];
        };
    };
    recordVisitOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: components["parameters"]["BookingCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    outcome: "served" | "no_show" | "transferred";
                    /** @description The counter sent to (`transferred` only). */
                    counterId?: string;
                };
            };
        };
        responses: {
            /** @description The booking after the outcome. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description `booking_not_active`: the booking is not being served. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["ValidationFailed"];
            default: components["responses"]["Problem"];
        };
    };
    getCounter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: components["parameters"]["AgencyId"];
                counterId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counter today. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterState"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Problem"];
        };
    };
    getReport: {
        parameters: {
            query: {
                from: components["schemas"]["CalendarDate"];
                to: components["schemas"]["CalendarDate"];
                agencyId?: components["schemas"]["AgencyId"];
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                    "text/csv": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            default: components["responses"]["Problem"];
        };
    };
    getSatisfactionReport: {
        parameters: {
            query: {
                from: components["schemas"]["CalendarDate"];
                to: components["schemas"]["CalendarDate"];
                agencyId?: components["schemas"]["AgencyId"];
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The index per agency and service. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionReport"];
                    "text/csv": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            default: components["responses"]["Problem"];
        };
    };
    exportPersonData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonDataExportRequest"];
            };
        };
        responses: {
            /** @description The person's bookings (none when nothing matches). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonData"];
                    "text/csv": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            default: components["responses"]["Problem"];
        };
    };
    erasePersonData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonDataRequest"];
            };
        };
        responses: {
            /** @description What was erased. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        erased: number;
                        codes: components["schemas"]["BookingCode"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            default: components["responses"]["Problem"];
        };
    };
    logInStaff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffLogin"];
            };
        };
        responses: {
            /** @description Signed in. `Set-Cookie` carries the session (HttpOnly, SameSite=Strict, Secure). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffSession"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Problem"];
        };
    };
    getStaffSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffSession"];
                };
            };
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["Problem"];
        };
    };
    logOutStaff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Problem"];
        };
    };
    listStaffAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The accounts, in creation order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["StaffAccount"][];
                        total: number;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Problem"];
        };
    };
    createStaffAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffAccountNew"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffAccount"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description `conflict`: the e-mail belongs to another account. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["ValidationFailed"];
            default: components["responses"]["Problem"];
        };
    };
    updateStaffAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                staffId: components["schemas"]["StaffId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffAccountChange"];
            };
        };
        responses: {
            /** @description The account after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffAccount"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            default: components["responses"]["Problem"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The keys, in issue order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApiKey"][];
                        total: number;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Problem"];
        };
    };
    issueApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiKeyNew"];
            };
        };
        responses: {
            /** @description Issued. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyIssued"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            default: components["responses"]["Problem"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyId: components["schemas"]["ApiKeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key, revoked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Problem"];
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                agencyId?: components["schemas"]["AgencyId"];
                limit?: number;
                /** @description Entries before this sequence number (the `next` of the previous page). */
                before?: number;
                /** @description Entries of this local date and later. */
                from?: components["schemas"]["CalendarDate"];
                /** @description Entries of this local date and earlier. */
                to?: components["schemas"]["CalendarDate"];
                /** @description One actor's entries, by its e-mail or key name (`actorLabel`), exactly. */
                actor?: string;
                /** @description One action (`closure.create`), or every action under a prefix ending in a dot (`closure.`). */
                action?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEntry"][];
                        /** @description The `before` of the next page; null on the last. */
                        next: number | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            default: components["responses"]["Problem"];
        };
    };
    getStaffBooking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: components["parameters"]["BookingCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The booking. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Problem"];
        };
    };
    listStaffServices: {
        parameters: {
            query?: {
                agencyId?: components["schemas"]["AgencyId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The services, in catalogue order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffServiceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Problem"];
        };
    };
    createStaffService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffServiceNew"];
            };
        };
        responses: {
            /** @description The service as stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffService"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            default: components["responses"]["Problem"];
        };
    };
    getStaffService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffService"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Problem"];
        };
    };
    updateStaffService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffServiceChange"];
            };
        };
        responses: {
            /** @description The service as stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffService"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            default: components["responses"]["Problem"];
        };
    };
    exportCatalogue: {
        parameters: {
            query?: {
                /** @description One agency's services (an agency administrator always gets its own). */
                agencyId?: components["schemas"]["AgencyId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CSV file, as a download (`Content-Disposition: attachment`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Problem"];
        };
    };
    importCatalogue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogueImport"];
            };
        };
        responses: {
            /** @description Every row applied. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueImportResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["Problem"];
            /** @description `validation_failed`: the rows that are wrong, in `rows`; nothing was applied. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    getServiceSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schedule. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceSchedule"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Problem"];
        };
    };
    replaceServiceSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceScheduleChange"];
            };
        };
        responses: {
            /** @description The schedule after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceSchedule"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description `conflict`: residents hold bookings the change would break (`errors` names each session and date). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["ValidationFailed"];
            default: components["responses"]["Problem"];
        };
    };
    listClosures: {
        parameters: {
            query?: {
                /** @description Default: today. */
                from?: components["schemas"]["CalendarDate"];
                days?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The closures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Closure"][];
                        total: number;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            default: components["responses"]["Problem"];
        };
    };
    createClosure: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClosureNew"];
            };
        };
        responses: {
            /** @description The day is closed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClosureMade"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description `conflict`: that day is already closed for that scope. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["ValidationFailed"];
            default: components["responses"]["Problem"];
        };
    };
    previewClosure: {
        parameters: {
            query: {
                date: components["schemas"]["CalendarDate"];
                /** @description The agency to close; absent, the whole MPP. */
                agencyId?: components["schemas"]["AgencyId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bookings it would mark. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClosureImpact"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            default: components["responses"]["Problem"];
        };
    };
    deleteClosure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                closureId: components["schemas"]["ClosureId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The closure removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Closure"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Problem"];
        };
    };
}
