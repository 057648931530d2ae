// Generated from the served OpenAPI document by `npm run generate:client` (openapi-typescript). Do not edit:
// test/api-client.e2e-spec.ts fails when this file differs from what the current document generates.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process is up and serving HTTP
         * @description Touches no dependency, so an orchestrator restarts the process only when the process itself is stuck. No key needed.
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
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: PostgreSQL and Temporal reachable, migrations applied, not shutting down
         * @description Whether this instance can serve requests now; a load balancer sends traffic only while it answers 200. From SIGTERM on it answers 503 (`shutdown` down) while requests in flight finish. No key needed.
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
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics of this API process and the business gauges (partnerships by stage, teams below floor, …)
         * @description Prometheus text exposition of this API process and the business gauges, for the operator’s monitoring. Public, without an API key, like the health checks: the network is left to keep it internal.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
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
        /**
         * Who the presented API key or access token acts as
         * @description Answers who the presented API key or access token acts as: the principal, role, council and key scopes. Any authenticated caller.
         */
        get: operations["getCurrentPrincipal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/principals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List people and service accounts, with when each person last signed in
         * @description Lists people and service accounts, a page at a time. Admins only.
         */
        get: operations["listPrincipals"];
        put?: never;
        /**
         * Create a person or service account with a role and council
         * @description Creates a person or a service account with one role and, for council roles, one council. Admins only. 409 when a principal was already invited by this email.
         */
        post: operations["createPrincipal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/principals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One person or service account: name, kind, role and council
         * @description Reads one person or service account. Admins only; 404 when no principal has this id.
         */
        get: operations["getPrincipal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/principals/{id}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The API keys of a principal, newest first, revoked and expired ones included; never the keys themselves
         * @description Lists the API keys of a principal, newest first, revoked and expired ones included, by their public prefix only. Admins only.
         */
        get: operations["listPrincipalApiKeys"];
        put?: never;
        /**
         * Issue an API key for a principal; the key is shown once
         * @description Issues an API key for a principal; the key is in this answer only and is stored hashed. Admins only; scopes are for integrators’ keys.
         */
        post: operations["issueApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/principals/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable a person or service account at once: their API keys and access tokens stop working
         * @description Disables a person or a service account at once: their API keys and access tokens stop working. Admins only.
         */
        post: operations["disablePrincipal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an API key at once
         * @description Revokes an API key at once; requests with it then answer 401. Admins only; 404 when no key has this id.
         */
        post: operations["revokeApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/councils": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List councils, filtered by Ofsted judgement, type or region
         * @description Lists the councils in name order, a page at a time; abolished councils only when `includeAbolished=true`. Councils are public reference data: every role may read them, integrators with a `partnerships:read` or `partnerships:write` scope.
         */
        get: operations["listCouncils"];
        put?: never;
        /**
         * Add a council
         * @description Adds a council, with the default governance settings (a call-in period of 5 working days), and audits it. Admins only. A council with the same GSS code is refused with 409 `council_already_exists`.
         */
        post: operations["createCouncil"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/councils/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one council
         * @description Reads one council by its GSS code, abolished or not, with its successors. Every role may read it, integrators with a `partnerships:read` or `partnerships:write` scope. An unknown code answers 404 `council_not_found`.
         */
        get: operations["getCouncil"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a council (e.g. a new Ofsted judgement), given the version you read
         * @description Changes the fields sent and audits the change; fields left out stay, `null` clears an optional part. Admins and commissioners only (a commissioner records a new Ofsted judgement). An unknown code answers 404; a version other than the current one is refused with 409 `stale_version`: read the council again.
         */
        patch: operations["updateCouncil"];
        trace?: never;
    };
    "/api/v1/councils/{code}/abolish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Abolish a council in a reorganisation: name its successors; open partnerships, teams and staff pass to one of them
         * @description Records a local government reorganisation in one transaction: the council is abolished from `effectiveFrom`, its successors are recorded, and its open partnerships and its teams, with their staff, pass to the successor `transferTo`, each move audited and a `council.abolished` event sent. Admins only. An unknown council or successor answers 404; a council already abolished, an abolished successor, `transferTo` not among the successors, or a team name the successor already uses is refused with 409.
         */
        post: operations["abolishCouncil"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/councils/{code}/governance-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Call-in period and quorum, key-decision threshold, sign-off reminders
         * @description Reads the council’s own governance rules, by which its decisions’ call-in deadlines and its partnerships’ sign-off chasing are counted. Public: every role may read any council’s, integrators with a `partnerships:read` or `partnerships:write` scope. An unknown code answers 404.
         */
        get: operations["getGovernanceSettings"];
        /**
         * Set your council’s governance, given the version you read
         * @description Replaces the council’s governance settings and audits the change; decisions already recorded keep their call-in deadlines. For the council’s own democratic services, and admins for any council; another council’s settings are refused with 403. A version other than the current one is refused with 409 `stale_version`; an escalation not after the reminder with 422.
         */
        put: operations["updateGovernanceSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your council’s teams, with establishment and retention floor
         * @description Lists your council’s teams with their establishment and retention floor. HR, chief executives, directors, commissioners, admins and integrators (workforce:read).
         */
        get: operations["listTeams"];
        put?: never;
        /**
         * Add a team to your council (HR)
         * @description Adds a team to your council. HR, admins and integrators (workforce:write); 409 when your council already has a team of this name.
         */
        post: operations["createTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one team
         * @description Reads one team. HR, chief executives, directors, commissioners, admins and integrators (workforce:read) of its council; another council’s team answers 404.
         */
        get: operations["getTeam"];
        put?: never;
        post?: never;
        /**
         * Delete an empty team
         * @description Deletes a team that has no staff; 409 while it has any. HR, admins and integrators (workforce:write) of its council.
         */
        delete: operations["deleteTeam"];
        options?: never;
        head?: never;
        /**
         * Change a team’s name, establishment or floor, given the version you read
         * @description Changes a team’s name, establishment or retention floor. Send the version you read: a team changed since answers 409. HR, admins and integrators (workforce:write) of its council.
         */
        patch: operations["updateTeam"];
        trace?: never;
    };
    "/api/v1/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your council’s staff, by team, role or the day they are employed
         * @description Lists your council’s staff, filtered by team, role or a day of employment. HR, chief executives, directors, commissioners, admins and integrators (workforce:read).
         */
        get: operations["listStaff"];
        put?: never;
        /**
         * Add a staff member to one of your council’s teams (HR)
         * @description Adds a staff member to one of your council’s teams. HR, admins and integrators (workforce:write).
         */
        post: operations["createStaffMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one staff member
         * @description Reads one staff member. HR, chief executives, directors, commissioners, admins and integrators (workforce:read) of their council; another council’s staff member answers 404.
         */
        get: operations["getStaffMember"];
        put?: never;
        post?: never;
        /**
         * Remove a staff member entered in error (a leaver gets an employment end instead)
         * @description Removes a staff member entered in error; a leaver gets an employment end instead. HR, admins and integrators (workforce:write) of their council.
         */
        delete: operations["deleteStaffMember"];
        options?: never;
        head?: never;
        /**
         * Change a staff member (FTE, role, team, leaving date), given the version you read
         * @description Changes a staff member’s FTE, role, team or leaving date. Send the version you read: a record changed since answers 409. HR, admins and integrators (workforce:write) of their council.
         */
        patch: operations["updateStaffMember"];
        trace?: never;
    };
    "/api/v1/secondments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Secondments of your council’s staff, by person, partnership or status
         * @description Lists secondments of your council’s staff, filtered by person, partnership or status. HR, chief executives, directors, commissioners, admins and integrators (workforce:read); other councils’ secondments are not listed.
         */
        get: operations["listSecondments"];
        put?: never;
        /**
         * Propose lending a staff member to a partnership; refused if it would exceed their contract on any day
         * @description Proposes lending one of your council’s staff to a partnership your council leads, for a share of their time in FTE. HR, admins and integrators (workforce:write). Refused (409) when it would take the person beyond their contracted FTE on any day.
         */
        post: operations["proposeSecondment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/secondments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One secondment
         * @description Reads one secondment. HR, chief executives, directors, commissioners, admins and integrators (workforce:read) of the lending council; another council’s secondment answers 404.
         */
        get: operations["getSecondment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/secondments/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a proposed secondment
         * @description Approves a proposed secondment. HR, chief executives, directors and admins of the lending council; 409 when it is not proposed.
         */
        post: operations["approveSecondment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/secondments/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an approved secondment
         * @description Starts an approved secondment: it becomes active. HR, chief executives, directors and admins of the lending council; 409 when it is not approved.
         */
        post: operations["activateSecondment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/secondments/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End an active secondment, on its planned end or earlier; capacity returns
         * @description Ends an active secondment on its planned end or earlier; the person’s time returns to the team. HR, chief executives, directors and admins of the lending council; 409 when it is not active.
         */
        post: operations["endSecondment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/secondments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a secondment that has not started
         * @description Cancels a secondment that has not started. HR, chief executives, directors and admins of the lending council; 409 once it is active or over.
         */
        post: operations["cancelSecondment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/councils/{code}/capacity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Home FTE per team by day or week: establishment, floor, seconded out, headroom, breaches
         * @description Counts, for every team of the council (or one), its contracted FTE, the FTE seconded out and its home FTE against its retention floor on every calendar day of the period, by day or by week (the worst day). For the council’s own HR, chief executive and directors, and integrators with a `workforce:read` scope; commissioners and admins read any council’s. Another council’s figures are refused with 403; a period over three years with 422 `range_too_long`.
         */
        get: operations["getCouncilCapacity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/councils/{code}/capacity/what-if": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The same timeline with proposed secondments added; nothing is saved
         * @description Answers what HR asks before booking: the council’s capacity timeline as if the proposed secondments were booked too. A POST because the question carries a list, but it changes nothing and needs no idempotency key. Same callers as the timeline: the council’s own HR, chief executive and directors, integrators with a `workforce:read` scope, commissioners and admins; another council is refused with 403, a period over three years with 422 `range_too_long`.
         */
        post: operations["whatIfCouncilCapacity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/councils/{code}/portfolio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every partnership the council leads and the staff FTE each takes, today and week by week
         * @description Lists the partnerships the council leads, at any stage, with the FTE its approved, active and ended secondments take today and at the peak of each week of the period. For the council’s own chief executive, directors and HR, and integrators with a `partnerships:read` scope; commissioners and admins read any council’s. Another council’s portfolio is refused with 403; a period over three years with 422 `range_too_long`.
         */
        get: operations["getLeadCouncilPortfolio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partnerships/{id}/capacity-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The lead council’s capacity over the partnership’s period with its proposed secondments: pass, warn or fail, and risks
         * @description Runs the capacity check now, as the workflow does at the capacity check stage, without recording it: every team of the lead council over the planned period with the partnership’s proposed secondments added, and the travel-distance and savings-programme risks. For the lead council’s chief executive, directors and HR, and integrators with a `partnerships:read` scope; commissioners and admins for any partnership. The supported council, which may read the partnership but not the lead council’s staffing, gets 403; any other council 404, as for a partnership that does not exist.
         */
        get: operations["checkPartnershipCapacity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partnerships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the partnerships your council leads or receives, newest first
         * @description Lists the partnerships your council leads or receives, newest first, filtered by stage or council. Any role (integrators need partnerships:read); commissioners and admins see every council’s.
         */
        get: operations["listPartnerships"];
        put?: never;
        /**
         * Create a draft partnership led by your council and start its workflow
         * @description Drafts a partnership led by your council and starts its workflow. Chief executives, directors, admins and integrators (partnerships:write) of the lead council; 422 when the councils or dates are refused.
         */
        post: operations["createPartnership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partnerships/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one partnership: its stage, who must act next and by when, its decision record, due dates and timeline
         * @description Reads one partnership: its stage, who must act next and by when, its decision record, due dates and timeline. Any role, for a partnership their council leads or receives (integrators need partnerships:read); any other answers 404.
         */
        get: operations["getPartnership"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a draft’s terms, given the version you read (lead council)
         * @description Edits a draft’s terms. Send the version you read: a partnership changed since, or no longer a draft, answers 409. Chief executives, directors, admins and integrators (partnerships:write) of the lead council.
         */
        patch: operations["updatePartnership"];
        trace?: never;
    };
    "/api/v1/partnerships/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything that happened to the partnership, oldest first, with who did it
         * @description Lists everything that happened to the partnership, oldest first, with who did it. Any role, for a partnership their council leads or receives (integrators need partnerships:read).
         */
        get: operations["getPartnershipTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partnerships/{id}/actions/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a draft for officer review (lead council)
         * @description Submits a draft for officer review. Chief executives, directors, admins and integrators (partnerships:write) of the lead council; 409 when it is not a draft.
         */
        post: operations["submitPartnership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partnerships/{id}/actions/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a partnership that is not yet active (lead council)
         * @description Withdraws a partnership that is not yet active. Chief executives, directors, admins and integrators (partnerships:write) of the lead council.
         */
        post: operations["withdrawPartnership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partnerships/{id}/actions/endorse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Director of children’s services endorses: on to the capacity check
         * @description The director of children’s services endorses the partnership after officer review; it goes on to the capacity check. Directors, admins and integrators (partnerships:write) of the lead council.
         */
        post: operations["endorsePartnership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partnerships/{id}/actions/send-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send back to draft with comments (officer review, or a failed capacity check)
         * @description Sends the partnership back to draft with comments, from officer review or after a failed capacity check. Directors, chief executives and admins of the lead council.
         */
        post: operations["sendBackPartnership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partnerships/{id}/actions/override-capacity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Chief executive sends a failed capacity check on to Cabinet, with the reason recorded
         * @description Sends a partnership whose capacity check failed (a team would fall below its retention floor) on to Cabinet, with the reason recorded. The lead council’s chief executive only.
         */
        post: operations["overrideCapacityCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partnerships/{id}/actions/cabinet-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Democratic services record the Cabinet decision: on to the call-in window, or sign-off when not subject to call-in
         * @description Records the Cabinet decision on the partnership as a decision record: a decision subject to call-in waits out the call-in period, otherwise it goes on to sign-off. Democratic services of the lead council only.
         */
        post: operations["recordCabinetDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partnerships/{id}/actions/call-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Scrutiny calls the decision in within the call-in period, named members at least the council’s quorum
         * @description Calls the Cabinet decision in for scrutiny within the call-in period; the members named must reach the council’s quorum (422 otherwise). Scrutiny members of the lead council only.
         */
        post: operations["callInDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partnerships/{id}/actions/scrutiny-outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Scrutiny releases the called-in decision, or refers it back to Cabinet
         * @description Records the scrutiny committee’s outcome on a called-in decision: released, so it takes effect, or referred back to Cabinet. Scrutiny members of the lead council only.
         */
        post: operations["recordScrutinyOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partnerships/{id}/actions/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A chief executive signs for their own council; when both have signed, the partnership is active
         * @description Signs the partnership agreement for the caller’s own council; once both councils have signed, the partnership is active. Chief executives of either council only.
         */
        post: operations["signPartnership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partnerships/{id}/actions/request-exit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End an active partnership: on improvement or a long-term solution (either council or the commissioner), or on notice from the lead council with an optional hand-back period; secondments then end and capacity returns
         * @description What each trigger changes besides the partnership:
         *
         *     - `improved` changes **more than the partnership**: the `reinspection` is required (422 without it). The re-inspection’s judgement becomes the supported council’s Ofsted judgement (`GET /api/v1/councils/{code}` shows it, no longer illustrative; a later judgement already on record is kept), and the statutory direction of the intervention linked to the partnership is recorded as lifted on `directionLiftedOn` (`GET /api/v1/interventions/{id}`). The judgement must be requires improvement or better, and both dates must have passed. The timeline shows each change as its own event (`partnership.supported_council_rejudged`, `partnership.direction_lifted`) with what it replaced.
         *     - `long_term_solution` ends the partnership only.
         *     - `notice` (the default; the lead council’s chief executive only) may carry `handBackUntil`: the partnership stays `exiting` and its secondments run until that day.
         *
         *     In every case the secondments under way end (on the hand-back’s last day, or today), those not started are cancelled, and the partnership completes.
         */
        post: operations["requestPartnershipExit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partnerships/{id}/actions/record-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a periodic or commissioner review of an active partnership; a review that was due makes it active again
         * @description Records a periodic or commissioner review of an active partnership through its workflow; a review that was due makes the partnership active again. Commissioners, chief executives, directors and admins of either council.
         */
        post: operations["recordReviewAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partnerships/{partnershipId}/risks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The partnership’s risk register
         * @description Lists the risk register of a partnership. Any role may read it, for a partnership their council leads or receives (integrators need partnerships:read); any other partnership answers 404.
         */
        get: operations["listPartnershipRisks"];
        put?: never;
        /**
         * Add a risk to the register (lead council)
         * @description Adds a risk to the partnership’s risk register. Chief executives, directors, admins and integrators (partnerships:write) of the lead council only; the supported council gets 403.
         */
        post: operations["addPartnershipRisk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partnerships/{partnershipId}/risks/{riskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One risk of the partnership’s register, with the version to send when re-rating it
         * @description Reads one risk of the register. Any role, for a partnership their council leads or receives (integrators need partnerships:read); a risk of another partnership answers 404.
         */
        get: operations["getPartnershipRisk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Re-rate or re-mitigate a risk, given the version you read (lead council)
         * @description Changes a risk’s rating, mitigation or owner. Send the version you read: a risk changed since answers 409. Chief executives, directors, admins and integrators (partnerships:write) of the lead council only.
         */
        patch: operations["updatePartnershipRisk"];
        trace?: never;
    };
    "/api/v1/partnerships/{partnershipId}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reviews of the partnership, oldest first
         * @description Lists the reviews recorded for a partnership, oldest first. Any role, for a partnership their council leads or receives (integrators need partnerships:read).
         */
        get: operations["listPartnershipReviews"];
        put?: never;
        /**
         * Record a review of an active partnership with its RAG rating (as the record-review action; answers the review)
         * @description Records a periodic or commissioner review with its RAG rating, through the partnership’s workflow, and answers the review. Commissioners, chief executives, directors and admins of either council. 409 when the partnership is not active or under review.
         */
        post: operations["recordPartnershipReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What awaits you: every action waiting on you across partnerships, soonest due first
         * @description Lists every action waiting on the caller across partnerships, soonest due first, with the due day, the England and Wales working days left and an overdue flag: endorse (directors), decide after a failed capacity check (chief executives and directors), record the Cabinet decision (democratic services), call in or record the scrutiny outcome (scrutiny, while the call-in window is open), sign (chief executives whose council has not signed in this round), record a review that is due (chief executives, directors, and commissioners for every council), and for HR the secondments to approve or start. Each item agrees with the partnership’s `nextAction`. Read from the database, for the caller’s own council; any person (admins, who act for no one in particular, get an empty inbox).
         */
        get: operations["listInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interventions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * DfE interventions, by supported council, optionally only those still in force
         * @description Lists DfE interventions in councils’ children’s services, latest triggering judgement first, a page at a time. Public records: every role may read them, integrators with a `partnerships:read` or `partnerships:write` scope.
         */
        get: operations["listInterventions"];
        put?: never;
        /**
         * Record a DfE intervention (commissioners)
         * @description Records an intervention in a council’s children’s services, audited against the supported council and any adviser. Commissioners and admins only. Refused with 422: an unknown council or an adviser that is the supported council (`unknown_reference`), a direction before the judgement.
         */
        post: operations["createIntervention"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interventions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One intervention: trigger, direction, commissioner, review and report
         * @description Reads one DfE intervention. Every role may read it, integrators with a `partnerships:read` or `partnerships:write` scope. An unknown id answers 404 `intervention_not_found`.
         */
        get: operations["getIntervention"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Record the review, report, recommendation or lifting of the direction
         * @description Records the intervention’s progress: the fields sent change, fields left out stay, `null` clears one; audited. Commissioners and admins only. An unknown id answers 404; a version other than the current one is refused with 409 `stale_version`; an unknown adviser council, or the supported council as its own adviser, with 422 `unknown_reference`.
         */
        patch: operations["updateIntervention"];
        trace?: never;
    };
    "/api/v1/decision-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Decision records, newest first, by council, partnership, status and date
         * @description Lists published decision records, newest publication first, a page at a time. Decisions are public records: every role may read every council’s, integrators with a `partnerships:read` or `partnerships:write` scope. Exempt (Schedule 12A) text is shown only to the deciding council’s own people; other readers get null and `exemptInformationWithheld: true`.
         */
        get: operations["listDecisionRecords"];
        put?: never;
        /**
         * Record a decision of your council; the call-in deadline follows from its governance settings
         * @description Publishes a decision of the caller’s council, counting its call-in deadline and the day it takes effect in working days from publication by the council’s call-in period; audited, and sent as a `decision.recorded` event. For the council’s own democratic services, and admins. Another council’s decision is refused with 403, as is a partnership the deciding council is not a party to. Refused with 422: a key decision without 28 clear days on the forward plan or an urgency route (`forward_plan_notice_too_short`), an unknown partnership (`unknown_reference`), or a call-in deadline in a year whose bank holidays are not yet known (`holiday_calendar_not_covered`).
         */
        post: operations["createDecisionRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decision-records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One decision record; exempt text only for the deciding council
         * @description Reads one decision record. Every role may read it, integrators with a `partnerships:read` or `partnerships:write` scope; its exempt (Schedule 12A) text only the deciding council’s own people (not even admins or commissioners): others see that it is withheld. An unknown id answers 404 `decision_record_not_found`.
         */
        get: operations["getDecisionRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a decision’s status (e.g. called in), given the version you read
         * @description Sets the decision’s status; audited, and sent as a `decision.status_changed` event. For the deciding council’s own democratic services, and admins; another council’s record is refused with 403. An unknown id answers 404; a version other than the current one is refused with 409 `stale_version`.
         */
        patch: operations["updateDecisionRecordStatus"];
        trace?: never;
    };
    "/decisions/{id}.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A decision record as a printable page with the labels and layout of a Modern.gov decision details page
         * @description Public. The exempt (Schedule 12A) text is shown only to a caller presenting a key of the deciding council; everyone else reads that it is withheld.
         */
        get: operations["getDecisionPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/councils/{code}/decisions.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A council’s published decisions as an Atom feed, newest first (the latest 50), as Modern.gov offers
         * @description Public. Entries link to each decision’s page and never carry exempt information.
         */
        get: operations["getPublishedDecisionsFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who did what to which record and when, filtered by target, actor, council and time
         * @description Lists the audit trail oldest first, a page at a time. Chief executives, directors and integrators (with the `audit:read` scope) see only the events touching their own council; commissioners and admins see every council’s and may filter by one. Naming another council in `councilCode` as a council-bound caller is refused with 403 `forbidden_for_council`.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One audit event: who did what to which record, when, and what it was before and after
         * @description Reads one event of the audit trail by its number. Chief executives, directors and integrators (with the `audit:read` scope) read only events touching their own council: another council’s event answers 404 as if it did not exist. Commissioners and admins read any.
         */
        get: operations["getAuditEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The domain events of your council, oldest first, from a cursor; poll with `next` and no event is ever skipped
         * @description Reads the feed of domain events (stage changes, decisions recorded with their call-in deadline, signatures, secondments, capacity below the floor, sign-off overdue, reviews due, councils abolished) after the cursor `after`, oldest first. Every role may read it, integrators with the `events:read` scope; a council-bound caller sees only the events of their own council, commissioners and admins those of every council. An event appears only once every event before it has committed, so a reader who always sends the last `next` misses none and sees none twice. A cursor this feed did not issue is refused with 422.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your council’s webhook subscriptions (secrets are never shown again)
         * @description Lists your council’s webhook subscriptions; secrets are never shown again. Integrators (webhooks:write) and admins.
         */
        get: operations["listWebhookSubscriptions"];
        put?: never;
        /**
         * Subscribe an endpoint to some event types of a council; the signing secret is answered this once
         * @description Subscribes an http(s) endpoint to some of your council’s event types; deliveries are signed as Standard Webhooks describe, and the signing secret is in this answer only. Integrators (webhooks:write) and admins. 422 for a private or loopback address unless the operator allows it.
         */
        post: operations["createWebhookSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One webhook subscription, with its status
         * @description Reads one webhook subscription with its status. Integrators (webhooks:write) and admins of its council; another council’s subscription answers 404.
         */
        get: operations["getWebhookSubscription"];
        put?: never;
        post?: never;
        /**
         * Stop sending to this endpoint and forget its delivery log
         * @description Stops delivering to this endpoint and forgets its delivery log. Integrators (webhooks:write) and admins of its council.
         */
        delete: operations["deleteWebhookSubscription"];
        options?: never;
        head?: never;
        /**
         * Change the URL, event types or description, or resume a failing subscription from the event that failed
         * @description Changes a subscription’s URL, event types or description, or sets a failing subscription active again so delivery resumes from the event that failed. Send the version you read (409 otherwise). Integrators (webhooks:write) and admins of its council.
         */
        patch: operations["updateWebhookSubscription"];
        trace?: never;
    };
    "/api/v1/webhook-subscriptions/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new signing secret, answered this once; the old one also signs until the overlap ends
         * @description Issues a new signing secret, in this answer only; the old secret also signs until the overlap ends, so receivers can switch without losing events. Integrators (webhooks:write) and admins of its council.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-subscriptions/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every delivery attempt, oldest first: status code, latency and error
         * @description Lists every delivery attempt of a subscription, oldest first, with status code, latency and error. Integrators (webhooks:write) and admins of its council.
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
    "/api/v1/webhook-subscriptions/{id}/redeliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an event again, before any new one, with the same webhook-id
         * @description Sends one event again to the subscription, before any new one, with the same webhook-id. Integrators (webhooks:write) and admins of its council; 404 when the event is not one the subscription receives.
         */
        post: operations["redeliverWebhookEvent"];
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
        /** @description Health of one dependency, as the readiness check found it */
        DependencyHealth: {
            /**
             * @description Whether the dependency answered as needed
             * @enum {string}
             */
            status: "up" | "down";
        };
        /** @description The process is alive */
        LivenessResponse: {
            /**
             * @description Always `ok`: an instance that cannot say so does not answer at all
             * @enum {string}
             */
            status: "ok";
        };
        /** @description The dependencies an instance needs before it takes traffic, each with its state */
        ReadinessResponse: {
            /**
             * @description Every dependency is up
             * @enum {string}
             */
            status: "ok";
            /**
             * @description The dependencies that are up, by name (shutdown, database, migrations, temporal)
             * @example {
             *       "shutdown": {
             *         "status": "up"
             *       },
             *       "database": {
             *         "status": "up"
             *       },
             *       "migrations": {
             *         "status": "up"
             *       },
             *       "temporal": {
             *         "status": "up"
             *       }
             *     }
             */
            info: {
                [key: string]: components["schemas"]["DependencyHealth"];
            };
            /**
             * @description The dependencies that are down, by name: empty when ready
             * @example {}
             */
            error: {
                [key: string]: components["schemas"]["DependencyHealth"];
            };
            /**
             * @description Every dependency, by name, up or down
             * @example {
             *       "shutdown": {
             *         "status": "up"
             *       },
             *       "database": {
             *         "status": "up"
             *       },
             *       "migrations": {
             *         "status": "up"
             *       },
             *       "temporal": {
             *         "status": "up"
             *       }
             *     }
             */
            details: {
                [key: string]: components["schemas"]["DependencyHealth"];
            };
        };
        /** @description Who you are to Accord: the principal behind your credentials, its role, council and key scopes */
        CurrentPrincipalResponse: {
            /**
             * Format: uuid
             * @description Your principal’s id
             */
            id: string;
            /**
             * @description Your name, as shown in the audit trail
             * @example Chief Executive, Hampshire County Council
             */
            name: string;
            /**
             * @description Your role in the access policy
             * @example chief_executive
             * @enum {string}
             */
            role: "chief_executive" | "director" | "hr" | "democratic_services" | "scrutiny" | "commissioner" | "integrator" | "admin";
            /**
             * @description The council you act for (ONS code); null for roles across councils
             * @example E10000014
             */
            councilCode?: string | null;
            /**
             * @description The scopes of the API key used; empty when it has none
             * @example []
             */
            scopes: ("partnerships:read" | "partnerships:write" | "workforce:read" | "workforce:write" | "audit:read" | "events:read" | "webhooks:write")[];
        };
        /** @description A new person or service account, with the role the access policy grants it */
        CreatePrincipalDto: {
            /**
             * @description The person’s or the service account’s name, as shown in the audit trail
             * @example Hampshire HR integration
             */
            name: string;
            /**
             * @description A person, or a service account for an integration
             * @example service_account
             * @enum {string}
             */
            kind: "person" | "service_account";
            /**
             * @description The role the access policy grants; a council role acts only for its own council
             * @example integrator
             * @enum {string}
             */
            role: "chief_executive" | "director" | "hr" | "democratic_services" | "scrutiny" | "commissioner" | "integrator" | "admin";
            /**
             * @description Council the principal acts for; omitted for commissioner and admin
             * @example E10000014
             */
            councilCode?: string;
            /**
             * @description Invites a person to sign in through the identity provider: their first sign-in with this verified email binds them to this principal
             * @example jane.smith@hants.gov.uk
             */
            email?: string;
        };
        /** @description A principal: a person or a service account that acts in Accord with one role */
        PrincipalResponse: {
            /**
             * Format: uuid
             * @description The principal’s id
             */
            id: string;
            /**
             * @description The person’s or the service account’s name, as shown in the audit trail
             * @example Hampshire HR integration
             */
            name: string;
            /**
             * @description A person, or a service account for an integration
             * @enum {string}
             */
            kind: "person" | "service_account";
            /**
             * @description The role the access policy grants
             * @example integrator
             * @enum {string}
             */
            role: "chief_executive" | "director" | "hr" | "democratic_services" | "scrutiny" | "commissioner" | "integrator" | "admin";
            /**
             * @description The council the principal acts for (ONS code); null for roles across councils (commissioner, administrator)
             * @example E10000014
             */
            councilCode?: string | null;
            /**
             * Format: date-time
             * @description When the principal was created
             */
            createdAt: string;
            /**
             * @description The email the person was invited by
             * @example jane.smith@hants.gov.uk
             */
            email?: string | null;
            /** @description Whether the person has signed in through the identity provider (their sign-in is bound) */
            signInBound: boolean;
            /**
             * Format: date-time
             * @description When the person last signed in (to the minute)
             */
            lastSignedInAt?: string | null;
            /**
             * Format: date-time
             * @description Disabled principals can no longer call the API
             */
            disabledAt?: string | null;
        };
        /** @description One page of principals */
        PrincipalPage: {
            /**
             * @description Matching records across all pages
             * @example 42
             */
            total: number;
            /**
             * @description The page size asked for
             * @example 20
             */
            limit: number;
            /**
             * @description The records skipped before this page
             * @example 0
             */
            offset: number;
            /** @description The principals on this page */
            items: components["schemas"]["PrincipalResponse"][];
        };
        /** @description An API key as an admin sees it later: never the key itself, only its public prefix */
        ApiKeyResponse: {
            /**
             * Format: uuid
             * @description The key’s id, to revoke it by
             */
            id: string;
            /**
             * Format: uuid
             * @description The principal the key acts as
             */
            principalId: string;
            /**
             * @description Public part of the key (after `acc_`), for recognising it
             * @example k3v7q2m4x9ab
             */
            prefix: string;
            /** @description What an integrator’s key may do; empty for other roles */
            scopes: ("partnerships:read" | "partnerships:write" | "workforce:read" | "workforce:write" | "audit:read" | "events:read" | "webhooks:write")[];
            /**
             * Format: date-time
             * @description When the key was issued
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the key stops working; null if never
             */
            expiresAt?: string | null;
            /**
             * Format: date-time
             * @description When the key was revoked; null while it is live
             */
            revokedAt?: string | null;
            /**
             * Format: date-time
             * @description When the key was last presented; null if never
             */
            lastUsedAt?: string | null;
        };
        /** @description The key to issue for a principal: its scopes and expiry */
        IssueApiKeyDto: {
            /**
             * @description Integrators only
             * @example [
             *       "partnerships:read"
             *     ]
             */
            scopes?: ("partnerships:read" | "partnerships:write" | "workforce:read" | "workforce:write" | "audit:read" | "events:read" | "webhooks:write")[];
            /**
             * Format: date-time
             * @description When the key stops working
             * @example 2027-11-24T00:00:00Z
             */
            expiresAt?: string;
        };
        /** @description A newly issued API key, the only answer that shows the key itself */
        IssuedApiKeyResponse: {
            /**
             * Format: uuid
             * @description The key’s id, for revoking it
             */
            id: string;
            /**
             * Format: uuid
             * @description The principal the key acts for
             */
            principalId: string;
            /**
             * @description The key itself. Shown only in this response: store it now; Accord keeps only a keyed hash.
             * @example acc_k3v7q2m4x9ab_7Yp0rS1...
             */
            key: string;
            /**
             * @description Public part of the key, for recognising it later
             * @example k3v7q2m4x9ab
             */
            prefix: string;
            /** @description The scopes the key holds */
            scopes: ("partnerships:read" | "partnerships:write" | "workforce:read" | "workforce:write" | "audit:read" | "events:read" | "webhooks:write")[];
            /**
             * Format: date-time
             * @description When the key stops working; null when it does not expire
             */
            expiresAt?: string | null;
            /**
             * Format: date-time
             * @description When the key was issued
             */
            createdAt: string;
        };
        /** @description An API key that no longer works */
        RevokedApiKeyResponse: {
            /**
             * Format: uuid
             * @description The revoked key’s id
             */
            id: string;
            /**
             * @description The key’s public prefix, to recognise it
             * @example k3v7q2m4x9ab
             */
            prefix: string;
            /**
             * Format: date-time
             * @description When the key stopped working
             */
            revokedAt: string;
        };
        /** @description Where a council has its headquarters, to measure the travel distance between partner councils */
        HeadquartersDto: {
            /**
             * @description Latitude in decimal degrees (WGS 84), up to 5 decimal places
             * @example 51.0632
             */
            latitude: number;
            /**
             * @description Longitude in decimal degrees (WGS 84), up to 5 decimal places
             * @example -1.319
             */
            longitude: number;
        };
        /** @description Ofsted’s latest overall judgement of the council’s children’s services, and when it was given */
        OfstedJudgementDto: {
            /**
             * @description The overall judgement
             * @example inadequate
             * @enum {string}
             */
            judgement: "outstanding" | "good" | "requires_improvement" | "inadequate";
            /**
             * Format: date
             * @description The day the inspection report was published
             * @example 2017-11-24
             */
            date: string;
            /**
             * @description True when the judgement or its date is illustrative, not from the public record
             * @example false
             */
            illustrative: boolean;
        };
        /** @description A savings programme the council is delivering; the capacity check names it as a risk while it runs into a partnership */
        SavingsProgrammeDto: {
            /**
             * @description The programme’s name
             * @example Transformation to 2019 (T19)
             */
            name: string;
            /**
             * @description Target in pence (integer): £140m
             * @example 14000000000
             */
            targetPence: number;
            /**
             * Format: date
             * @description The last day of the programme
             * @example 2019-03-31
             */
            endDate: string;
        };
        /** @description A local authority in England, identified by its GSS code: a lead or supported council of partnerships */
        CouncilResponse: {
            /**
             * @description The council’s GSS (ONS) code
             * @example E10000014
             */
            code: string;
            /**
             * @description The council’s name
             * @example Hampshire County Council
             */
            name: string;
            /**
             * @description The kind of local authority
             * @example county
             * @enum {string}
             */
            type: "county" | "unitary" | "metropolitan_district" | "london_borough";
            /**
             * @description The English region it lies in
             * @example South East
             */
            region: string;
            /** @description Where its headquarters are; null when not recorded */
            hq?: components["schemas"]["HeadquartersDto"] | null;
            /** @description Ofsted’s latest judgement of its children’s services; null when not recorded */
            ofsted?: components["schemas"]["OfstedJudgementDto"] | null;
            /** @description The savings programme it is delivering; null when none is recorded */
            savingsProgramme?: components["schemas"]["SavingsProgrammeDto"] | null;
            /**
             * Format: date
             * @description The day its successors took over; null while the council exists
             * @example null
             */
            abolishedOn?: string | null;
            /**
             * @description GSS codes of its successor councils once abolished; empty until then
             * @example []
             */
            successorCodes: string[];
            /**
             * @description The record’s version, to send back with a change (optimistic concurrency)
             * @example 1
             */
            version: number;
        };
        /** @description One page of councils, by name, with the paging facts */
        CouncilPage: {
            /**
             * @description Matching records across all pages
             * @example 42
             */
            total: number;
            /**
             * @description The page size asked for
             * @example 20
             */
            limit: number;
            /**
             * @description The records skipped before this page
             * @example 0
             */
            offset: number;
            /** @description The councils of this page, in name order */
            items: components["schemas"]["CouncilResponse"][];
        };
        /** @description A council to add, with its default governance settings */
        CreateCouncilDto: {
            /**
             * @description The council’s GSS (ONS) code; unique, and never changed afterwards
             * @example E06000027
             */
            code: string;
            /**
             * @description The council’s name
             * @example Torbay Council
             */
            name: string;
            /**
             * @description The kind of local authority
             * @example unitary
             * @enum {string}
             */
            type: "county" | "unitary" | "metropolitan_district" | "london_borough";
            /**
             * @description The English region it lies in
             * @example South West
             */
            region: string;
            /** @description Where its headquarters are, for travel distances; may be left out */
            hq?: components["schemas"]["HeadquartersDto"];
            /** @description Ofsted’s latest judgement of its children’s services; may be left out */
            ofsted?: components["schemas"]["OfstedJudgementDto"];
            /** @description The savings programme it is delivering, if any */
            savingsProgramme?: components["schemas"]["SavingsProgrammeDto"];
        };
        /** @description A change to a council, given the version read: fields left out stay as they are, `null` clears an optional part */
        UpdateCouncilDto: {
            /**
             * @description The version you read; a stale one is refused with 409
             * @example 3
             */
            version: number;
            /**
             * @description The council’s new name
             * @example Torbay Council
             */
            name?: string;
            /**
             * @description The kind of local authority, as it now is
             * @enum {string}
             */
            type?: "county" | "unitary" | "metropolitan_district" | "london_borough";
            /**
             * @description The English region it lies in
             * @example South West
             */
            region?: string;
            /** @description Where its headquarters now are; null clears them */
            hq?: components["schemas"]["HeadquartersDto"] | null;
            /** @description A new Ofsted judgement of its children’s services; null clears it */
            ofsted?: components["schemas"]["OfstedJudgementDto"] | null;
            /** @description The savings programme it is delivering; null when it has none any more */
            savingsProgramme?: components["schemas"]["SavingsProgrammeDto"] | null;
        };
        /** @description The abolition of a council in a local government reorganisation: when, its successors, and which takes over its work */
        AbolishCouncilDto: {
            /**
             * Format: date
             * @description First day the successor(s) exist
             * @example 2020-04-01
             */
            effectiveFrom: string;
            /**
             * @description GSS codes of the successor council(s), 1 to 5, which must already exist and not be abolished
             * @example [
             *       "E06000060"
             *     ]
             */
            successorCodes: string[];
            /**
             * @description The successor, one of successorCodes, that takes over the open partnerships, teams and staff
             * @example E06000060
             */
            transferTo: string;
        };
        /** @description What abolishing a council did: its successors, and how many partnerships and teams passed to one of them */
        AbolitionResponse: {
            /**
             * @description GSS code of the council abolished
             * @example E10000002
             */
            code: string;
            /**
             * Format: date
             * @description The day the successors took over
             * @example 2020-04-01
             */
            abolishedOn: string;
            /**
             * @description GSS codes of the successor councils
             * @example [
             *       "E06000060"
             *     ]
             */
            successorCodes: string[];
            /**
             * @description Open partnerships handed to the successor
             * @example 1
             */
            partnershipsTransferred: number;
            /**
             * @description Teams (with their staff) handed to the successor
             * @example 4
             */
            teamsTransferred: number;
        };
        /** @description A council’s own governance rules: its call-in period and quorum, its key-decision threshold, and when missing signatures are chased */
        GovernanceSettingsResponse: {
            /**
             * @description GSS code of the council whose rules these are
             * @example E10000014
             */
            councilCode: string;
            /**
             * @description Working days after publication in which a decision may be called in (5 usual, some use 10)
             * @example 5
             */
            callInPeriodWorkingDays: number;
            /**
             * @description Members needed to call a decision in
             * @example 5
             */
            callInQuorum: number;
            /**
             * @description Key-decision spending threshold in pence (£500k)
             * @example 50000000
             */
            keyDecisionThresholdPence: number;
            /**
             * @description Working days after sign-off opens before a chief executive who has not signed is reminded
             * @example 5
             */
            signOffReminderWorkingDays: number;
            /**
             * @description Working days after sign-off opens before a missing signature is escalated to the council leaders
             * @example 10
             */
            signOffEscalationWorkingDays: number;
            /**
             * @description The settings’ version, to send back with a change (optimistic concurrency)
             * @example 1
             */
            version: number;
        };
        /** @description A council’s new governance rules, all of them, given the version read */
        UpdateGovernanceSettingsDto: {
            /**
             * @description The version you read; a stale one is refused with 409
             * @example 1
             */
            version: number;
            /**
             * @description Working days after publication in which a decision may be called in (1–30)
             * @example 10
             */
            callInPeriodWorkingDays: number;
            /**
             * @description Members needed to call a decision in (1–100)
             * @example 5
             */
            callInQuorum: number;
            /**
             * @description Key-decision spending threshold in pence (here £250k)
             * @example 25000000
             */
            keyDecisionThresholdPence: number;
            /**
             * @description Working days after sign-off opens before a missing signature is chased with a reminder (1–60)
             * @example 5
             */
            signOffReminderWorkingDays: number;
            /**
             * @description Working days after sign-off opens before a missing signature is escalated to the council leaders; more than the reminder (2–120)
             * @example 10
             */
            signOffEscalationWorkingDays: number;
        };
        /** @description A team of a council service, with its establishment and retention floor */
        TeamResponse: {
            /**
             * Format: uuid
             * @description The team’s id
             */
            id: string;
            /**
             * @description The council the team belongs to (ONS code)
             * @example E10000014
             */
            councilCode: string;
            /**
             * @description The team’s name
             * @example Children in Care, Winchester
             */
            name: string;
            /**
             * @description The council service the team is part of
             * @example children_services
             */
            service: string;
            /**
             * @description The team’s establishment: its budgeted FTE
             * @example 24.5
             */
            establishmentFte: number;
            /**
             * @description The share of the establishment that must stay on home duties (0 to 1); the floor is this times the establishment, in FTE, rounded up to a thousandth
             * @example 0.85
             */
            retentionFloor: number;
            /**
             * @description Increases with every change; for optimistic concurrency
             * @example 1
             */
            version: number;
        };
        /** @description One page of teams */
        TeamPage: {
            /**
             * @description Matching records across all pages
             * @example 42
             */
            total: number;
            /**
             * @description The page size asked for
             * @example 20
             */
            limit: number;
            /**
             * @description The records skipped before this page
             * @example 0
             */
            offset: number;
            /** @description The teams on this page */
            items: components["schemas"]["TeamResponse"][];
        };
        /** @description A new team in a council service */
        CreateTeamDto: {
            /**
             * @description The council the team belongs to (ONS code)
             * @example E10000014
             */
            councilCode: string;
            /**
             * @description The team’s name
             * @example Children in Care, Winchester
             */
            name: string;
            /**
             * @description The council service the team is part of
             * @default children_services
             * @example children_services
             */
            service?: string;
            /**
             * @description Budgeted posts, in FTE (up to 3 decimals)
             * @example 24.5
             */
            establishmentFte: number;
            /**
             * @description Share of establishment that must stay on home duties
             * @example 0.85
             */
            retentionFloor: number;
        };
        /** @description Changes to a team’s name, establishment or retention floor, at the version read */
        UpdateTeamDto: {
            /**
             * @description The version you read; a stale one is refused with 409
             * @example 1
             */
            version: number;
            /**
             * @description A new name for the team
             * @example Children in Care, Winchester
             */
            name?: string;
            /**
             * @description The team’s establishment: its budgeted FTE
             * @example 26
             */
            establishmentFte?: number;
            /**
             * @description The share of the establishment that must stay on home duties (0 to 1)
             * @example 0.8
             */
            retentionFloor?: number;
        };
        /** @description A staff member of a council team, with their contracted FTE */
        StaffMemberResponse: {
            /**
             * Format: uuid
             * @description The staff member’s id
             */
            id: string;
            /**
             * Format: uuid
             * @description The team the staff member belongs to
             */
            teamId: string;
            /**
             * @description The name shown for the staff member
             * @example Synthetic Worker 042
             */
            displayName: string;
            /**
             * @description The staff member’s job role
             * @example senior_practitioner
             * @enum {string}
             */
            role: "social_worker" | "senior_practitioner" | "team_manager" | "service_manager" | "head_of_service" | "director" | "other";
            /**
             * @description The contracted FTE, above 0 and at most 1 (1 is full time)
             * @example 0.8
             */
            contractedFte: number;
            /**
             * Format: date
             * @description The first day of employment
             * @example 2015-09-01
             */
            employmentStart: string;
            /**
             * Format: date
             * @description The last day of employment; null while employed
             * @example null
             */
            employmentEnd?: string | null;
            /**
             * @description Increases with every change; for optimistic concurrency
             * @example 1
             */
            version: number;
        };
        /** @description One page of staff members */
        StaffMemberPage: {
            /**
             * @description Matching records across all pages
             * @example 42
             */
            total: number;
            /**
             * @description The page size asked for
             * @example 20
             */
            limit: number;
            /**
             * @description The records skipped before this page
             * @example 0
             */
            offset: number;
            /** @description The staff members on this page */
            items: components["schemas"]["StaffMemberResponse"][];
        };
        /** @description A new staff member of a team */
        CreateStaffMemberDto: {
            /**
             * Format: uuid
             * @description The team the staff member belongs to
             */
            teamId: string;
            /**
             * @description The name shown for the staff member (synthetic in test data)
             * @example Synthetic Worker 042
             */
            displayName: string;
            /**
             * @description The staff member’s job role
             * @example senior_practitioner
             * @enum {string}
             */
            role: "social_worker" | "senior_practitioner" | "team_manager" | "service_manager" | "head_of_service" | "director" | "other";
            /**
             * @description Contracted FTE, greater than 0 and at most 1 (3 decimals)
             * @example 0.8
             */
            contractedFte: number;
            /**
             * Format: date
             * @description The first day of employment
             * @example 2015-09-01
             */
            employmentStart: string;
            /**
             * Format: date
             * @description The last day of employment; null while employed
             * @example null
             */
            employmentEnd?: string | null;
        };
        /** @description Changes to a staff member, at the version read */
        UpdateStaffMemberDto: {
            /**
             * @description The version you read; a stale one is refused with 409
             * @example 1
             */
            version: number;
            /**
             * Format: uuid
             * @description Move to another team of the same council
             */
            teamId?: string;
            /**
             * @description A new display name
             * @example Synthetic Worker 042
             */
            displayName?: string;
            /**
             * @description A new job role
             * @enum {string}
             */
            role?: "social_worker" | "senior_practitioner" | "team_manager" | "service_manager" | "head_of_service" | "director" | "other";
            /**
             * @description The contracted FTE, above 0 and at most 1 (1 is full time)
             * @example 0.6
             */
            contractedFte?: number;
            /**
             * Format: date
             * @description A leaver’s last day; null clears it
             * @example 2026-03-31
             */
            employmentEnd?: string | null;
        };
        /** @description A secondment to propose: a staff member of the lead council working part of their time for a partnership */
        ProposeSecondmentDto: {
            /**
             * Format: uuid
             * @description The staff member seconded
             */
            staffMemberId: string;
            /**
             * Format: uuid
             * @description The partnership the staff member is seconded to
             */
            partnershipId: string;
            /**
             * @description Share of the person’s time, in FTE (up to 3 decimals)
             * @example 0.4
             */
            fte: number;
            /**
             * Format: date
             * @description The first day of the secondment
             * @example 2018-05-01
             */
            start: string;
            /**
             * Format: date
             * @description The last day of the secondment; not before the start
             * @example 2019-04-30
             */
            end: string;
            /**
             * @description How the supported council pays for the time: a day rate, or a share of the salary; absent when not recharged
             * @enum {string}
             */
            rechargeKind?: "day_rate" | "salary_share";
            /**
             * @description Day rate in pence (£450), required with a day-rate recharge
             * @example 45000
             */
            rechargeDayRatePence?: number;
        };
        /** @description A secondment: part of a staff member’s time, in FTE, given to a partnership between two dates */
        SecondmentResponse: {
            /**
             * Format: uuid
             * @description The secondment’s id
             */
            id: string;
            /**
             * Format: uuid
             * @description The staff member seconded
             */
            staffMemberId: string;
            /**
             * Format: uuid
             * @description The partnership the staff member works for
             */
            partnershipId: string;
            /**
             * @description Share of the person’s time, in FTE
             * @example 0.4
             */
            fte: number;
            /**
             * Format: date
             * @description The first day of the secondment
             * @example 2018-05-01
             */
            start: string;
            /**
             * Format: date
             * @description Last day: as planned until it ends, then the day it actually ended (capacity counts it up to this day)
             * @example 2019-04-30
             */
            end: string;
            /**
             * Format: date
             * @description The last day as booked
             * @example 2019-04-30
             */
            plannedEnd: string;
            /**
             * @description proposed, approved, active (started), ended or cancelled
             * @example proposed
             * @enum {string}
             */
            status: "proposed" | "approved" | "active" | "ended" | "cancelled";
            /** @description day_rate or salary_share; null when the time is not recharged */
            rechargeKind?: string | null;
            /** @description Day rate in pence; null unless recharged at a day rate */
            rechargeDayRatePence?: number | null;
            /**
             * @description Increases with every change; for optimistic concurrency
             * @example 1
             */
            version: number;
        };
        /** @description One page of secondments */
        SecondmentPage: {
            /**
             * @description Matching records across all pages
             * @example 42
             */
            total: number;
            /**
             * @description The page size asked for
             * @example 20
             */
            limit: number;
            /**
             * @description The records skipped before this page
             * @example 0
             */
            offset: number;
            /** @description The secondments on this page */
            items: components["schemas"]["SecondmentResponse"][];
        };
        /** @description Ending an active secondment, early or on its planned end */
        EndSecondmentDto: {
            /**
             * Format: date
             * @description Last day; defaults to the planned end
             * @example 2019-01-31
             */
            endedOn?: string;
        };
        /** @description A run of calendar days, both ends included */
        DateRangeDto: {
            /**
             * Format: date
             * @description First day
             */
            start: string;
            /**
             * Format: date
             * @description Last day (inclusive)
             */
            end: string;
        };
        /** @description A team’s capacity on one day, or on the worst day of one week; every figure in FTE, exact to a thousandth */
        CapacityPoint: {
            /**
             * Format: date
             * @description The day, or the first day of the week (its Monday, or `from`)
             * @example 2018-05-07
             */
            date: string;
            /**
             * @description The team’s establishment: its budgeted FTE
             * @example 48
             */
            establishmentFte: number;
            /**
             * @description The retention floor in FTE: establishment × retention floor share, rounded up
             * @example 40.8
             */
            floorFte: number;
            /**
             * @description Contracted FTE of the staff employed that day
             * @example 44.2
             */
            contractedFte: number;
            /**
             * @description FTE of the team’s staff away on secondment that day
             * @example 1.5
             */
            secondedOutFte: number;
            /**
             * @description Home FTE: contracted less seconded out
             * @example 42.7
             */
            homeFte: number;
            /**
             * @description Home FTE above the floor; negative below it
             * @example 1.9
             */
            headroomFte: number;
            /**
             * @description True when home FTE is under the floor
             * @example false
             */
            belowFloor: boolean;
        };
        /** @description One team’s capacity timeline over the period asked for */
        TeamCapacityResponse: {
            /**
             * Format: uuid
             * @description The team
             */
            teamId: string;
            /**
             * @description The team’s name
             * @example Assessment and Intervention, Basingstoke
             */
            teamName: string;
            /** @description Days below the retention floor, merged into ranges */
            breaches: components["schemas"]["DateRangeDto"][];
            /** @description Home FTE, floor and headroom, by day or week, in date order */
            points: components["schemas"]["CapacityPoint"][];
        };
        /** @description A council’s capacity timeline: each team’s home FTE, floor and headroom by day or week over a period */
        CapacityTimelineResponse: {
            /**
             * @description GSS code of the council counted
             * @example E10000014
             */
            councilCode: string;
            /**
             * Format: date
             * @description First day counted
             */
            from: string;
            /**
             * Format: date
             * @description Last day counted (inclusive)
             */
            to: string;
            /**
             * @description Whether each point is a day or a week (its worst day)
             * @enum {string}
             */
            granularity: "day" | "week";
            /** @description Every team of the council, or the one team asked for */
            teams: components["schemas"]["TeamCapacityResponse"][];
        };
        /** @description A secondment HR is considering, counted as if booked; it is not saved */
        ProposedSecondmentDto: {
            /**
             * Format: uuid
             * @description The staff member of the council who would be seconded
             */
            staffMemberId: string;
            /**
             * @description FTE lent (0.001 to 1, to a thousandth); with their other secondments, at most their contract
             * @example 0.5
             */
            fte: number;
            /**
             * Format: date
             * @description First day of the secondment
             * @example 2018-06-01
             */
            start: string;
            /**
             * Format: date
             * @description Last day of the secondment (inclusive), on or after start
             * @example 2019-05-31
             */
            end: string;
        };
        /** @description A what-if question: the council’s capacity timeline over a period with proposed secondments added; nothing is saved */
        WhatIfDto: {
            /**
             * Format: date
             * @description First day counted
             * @example 2018-05-01
             */
            from: string;
            /**
             * Format: date
             * @description Last day counted (inclusive), on or after from and at most three years after it (else 422 `range_too_long`)
             * @example 2020-04-30
             */
            to: string;
            /**
             * @description One point per calendar day, or one per week (Monday to Sunday; part weeks at the ends) reporting its worst day
             * @default week
             * @enum {string}
             */
            granularity?: "day" | "week";
            /**
             * Format: uuid
             * @description Only this team of the council; left out, every team
             */
            teamId?: string;
            /** @description Secondments to add to the picture (at most 500); nothing is saved */
            proposed: components["schemas"]["ProposedSecondmentDto"][];
        };
        /** @description The staff time one partnership takes in one week */
        PortfolioWeek: {
            /**
             * Format: date
             * @description First day of the week; weeks run seven days at a time from `from`
             * @example 2019-01-07
             */
            weekStart: string;
            /**
             * @description Peak seconded FTE in the week
             * @example 2.4
             */
            fte: number;
        };
        /** @description One partnership the council leads, and the staff time it takes */
        PortfolioPartnership: {
            /**
             * Format: uuid
             * @description The partnership
             */
            partnershipId: string;
            /** @description The partnership’s title */
            title: string;
            /**
             * @description GSS code of the council being helped
             * @example E10000002
             */
            supportedCouncilCode: string;
            /**
             * @description Where the partnership stands in its workflow
             * @example active
             * @enum {string}
             */
            stage: "draft" | "officer_review" | "capacity_check" | "cabinet_decision" | "call_in_window" | "sign_off" | "active" | "under_review" | "exiting" | "completed" | "rejected" | "withdrawn";
            /**
             * @description Seconded FTE today
             * @example 2.4
             */
            fteNow: number;
            /** @description Seconded FTE week by week over the period asked for */
            weekly: components["schemas"]["PortfolioWeek"][];
        };
        /** @description A lead council’s portfolio: every partnership it leads and the staff time each takes, today and week by week */
        PortfolioResponse: {
            /**
             * @description GSS code of the lead council
             * @example E10000014
             */
            councilCode: string;
            /**
             * Format: date
             * @description The day the “now” figures are for
             */
            today: string;
            /**
             * @description Seconded FTE of all its partnerships together, today
             * @example 3.1
             */
            totalFteNow: number;
            /** @description Every partnership the council leads */
            partnerships: components["schemas"]["PortfolioPartnership"][];
        };
        /** @description How one team of the lead council fares over the partnership’s period in the capacity check */
        TeamCheckResponse: {
            /**
             * Format: uuid
             * @description The team
             */
            teamId: string;
            /** @description The team’s name */
            teamName: string;
            /**
             * @description The least headroom above the floor on any day of the period, in FTE; negative below it
             * @example 0.8
             */
            minimumHeadroomFte: number;
            /**
             * Format: date
             * @description The first day with that least headroom
             */
            minimumOn: string;
            /** @description Days below the retention floor, merged into ranges; empty when none */
            breaches: components["schemas"]["DateRangeDto"][];
        };
        /** @description A risk the capacity check names beside the staff figures */
        CapacityRiskResponse: {
            /**
             * @description The headquarters are far apart, or the lead council is still delivering a savings programme during the period
             * @enum {string}
             */
            category: "travel_distance" | "savings_programme";
            /**
             * @description The risk in words
             * @example the councils’ headquarters are 57 miles apart as the crow flies
             */
            detail: string;
        };
        /** @description The capacity check of a partnership: every team of the lead council over the partnership’s planned period with its proposed secondments added */
        CapacityCheckResponse: {
            /**
             * @description `fail` when a team falls below its floor on any day, `warn` when headroom drops under the warning FTE, `pass` otherwise
             * @example warn
             * @enum {string}
             */
            outcome: "pass" | "warn" | "fail";
            /** @description The partnership’s planned start and end */
            period: components["schemas"]["DateRangeDto"];
            /** @description Every team of the lead council */
            teams: components["schemas"]["TeamCheckResponse"][];
            /** @description Travel distance and savings programme risks; empty when none */
            risks: components["schemas"]["CapacityRiskResponse"][];
            /**
             * @description Great-circle miles between the councils’ headquarters, rounded; null when either council has no headquarters recorded
             * @example 57
             */
            distanceMiles?: number | null;
        };
        /** @description A new partnership, drafted by the lead council */
        CreatePartnershipDto: {
            /**
             * @description A short name for the partnership: who supports whom, in which service
             * @example Hampshire support for Buckinghamshire children’s services
             */
            title: string;
            /**
             * @description GSS code of the lead council (Hampshire)
             * @example E10000014
             */
            leadCouncilCode: string;
            /**
             * @description GSS code of the supported council (Buckinghamshire)
             * @example E10000002
             */
            supportedCouncilCode: string;
            /**
             * Format: date
             * @description The day support is planned to start
             * @example 2018-05-01
             */
            plannedStart: string;
            /**
             * Format: date
             * @description The day support is planned to end; not before the planned start
             * @example 2022-03-31
             */
            plannedEnd: string;
            /**
             * @description The kind of support the lead council gives
             * @default improvement_partner
             * @enum {string}
             */
            kind?: "improvement_adviser" | "improvement_partner" | "peer_support";
            /**
             * @description What the support covers
             * @example Leadership, practice improvement and quality assurance support
             */
            scope?: string;
            /**
             * Format: uuid
             * @description The DfE intervention this partnership answers, if any
             */
            interventionId?: string;
            /**
             * @description How the support is paid for: a grant, a recharge between the councils, or both
             * @enum {string}
             */
            fundingKind?: "grant" | "recharge" | "grant_and_recharge";
            /**
             * @description Funding in integer pence (£450,000)
             * @example 45000000
             */
            fundingAmountPence?: number;
        };
        /** @description Who must act next on a partnership, and what they must do */
        NextActionResponse: {
            /**
             * @description Roles that can move the partnership on
             * @example [
             *       "director"
             *     ]
             */
            by: string[];
            /**
             * @description Which council must act: the lead, the supported, either, or none
             * @example lead
             * @enum {string}
             */
            council: "lead" | "supported" | "either" | "none";
            /**
             * @description What must happen next, in words
             * @example endorse, or send back with comments
             */
            action: string;
            /**
             * Format: date
             * @description By when, where a rule or a clock sets it (in the single-partnership read)
             * @example 2018-04-23
             */
            dueBy?: string | null;
        };
        /** @description An improvement partnership: a lead council supporting another council’s service, with its stage in the workflow */
        PartnershipResponse: {
            /**
             * Format: uuid
             * @description The partnership’s id
             * @example 0d6f9f3e-3f2a-4d55-9a3c-5b7d0f4f1e21
             */
            id: string;
            /**
             * @description A short name for the partnership: who supports whom, in which service
             * @example Hampshire support for Buckinghamshire children’s services
             */
            title: string;
            /**
             * @description The lead council, which gives the support (ONS code)
             * @example E10000014
             */
            leadCouncilCode: string;
            /**
             * @description The supported council, which receives the support (ONS code)
             * @example E10000002
             */
            supportedCouncilCode: string;
            /**
             * Format: date
             * @description The day support is planned to start
             * @example 2018-05-01
             */
            plannedStart: string;
            /**
             * Format: date
             * @description The day support is planned to end
             * @example 2022-03-31
             */
            plannedEnd: string;
            /**
             * @description Mirrors the partnership workflow
             * @example draft
             * @enum {string}
             */
            stage: "draft" | "officer_review" | "capacity_check" | "cabinet_decision" | "call_in_window" | "sign_off" | "active" | "under_review" | "exiting" | "completed" | "rejected" | "withdrawn";
            /**
             * @description The id of the Temporal workflow that runs the partnership’s stages
             * @example partnership-0d6f9f3e-3f2a-4d55-9a3c-5b7d0f4f1e21
             */
            workflowId: string;
            /**
             * @description The kind of support the lead council gives
             * @example improvement_partner
             * @enum {string}
             */
            kind: "improvement_adviser" | "improvement_partner" | "peer_support";
            /**
             * @description The service the partnership improves: children’s services, so far the only one
             * @example children_services
             * @enum {string}
             */
            serviceArea: "children_services";
            /** @description What the support covers; null when not yet written */
            scope?: string | null;
            /**
             * Format: uuid
             * @description The DfE intervention the partnership answers; null when none is recorded
             */
            interventionId?: string | null;
            /**
             * @description How the support is paid for; null when not yet agreed
             * @example grant_and_recharge
             * @enum {string|null}
             */
            fundingKind?: "grant" | "recharge" | "grant_and_recharge" | null;
            /**
             * @description Integer pence
             * @example 45000000
             */
            fundingAmountPence?: number | null;
            /** @description Who must act next; null once ended */
            nextAction?: components["schemas"]["NextActionResponse"] | null;
            /**
             * @description Increases with every change; for optimistic concurrency
             * @example 1
             */
            version: number;
            /**
             * Format: date-time
             * @description When the partnership was drafted
             * @example 2026-11-24T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the partnership last changed
             * @example 2026-11-24T09:00:00.000Z
             */
            updatedAt: string;
        };
        /** @description One page of partnerships */
        PartnershipPage: {
            /**
             * @description Matching records across all pages
             * @example 42
             */
            total: number;
            /**
             * @description The page size asked for
             * @example 20
             */
            limit: number;
            /**
             * @description The records skipped before this page
             * @example 0
             */
            offset: number;
            /** @description The partnerships on this page */
            items: components["schemas"]["PartnershipResponse"][];
        };
        /** @description A concern raised about a decision before it was taken, and the answer given */
        ConcernDto: {
            /**
             * @description The concern as raised
             * @example Buckinghamshire is about 80 miles away
             */
            concern: string;
            /**
             * @description The answer given to it
             * @example Hybrid working and a travel budget; support is time-limited
             */
            answer: string;
        };
        /** @description The published record of a council’s decision, as on Modern.gov, with its call-in deadline and the day it takes effect; exempt text only for the deciding council’s own people */
        DecisionRecordResponse: {
            /**
             * Format: uuid
             * @description The decision record’s id
             */
            id: string;
            /**
             * @description GSS code of the council that took the decision
             * @example E10000014
             */
            councilCode: string;
            /**
             * Format: uuid
             * @description The partnership decided on; null when none
             */
            partnershipId?: string | null;
            /**
             * @description The decision’s title
             * @example Improvement partnership with Buckinghamshire County Council
             */
            title: string;
            /**
             * @description Who took the decision under the council’s constitution
             * @example cabinet
             * @enum {string}
             */
            decisionMaker: "cabinet" | "cabinet_member" | "officer";
            /** @description The decision maker by name or title; null when not given */
            decisionMakerName?: string | null;
            /**
             * @description The meeting; null when not taken at one
             * @example Cabinet
             */
            meetingName?: string | null;
            /**
             * Format: date
             * @description The day of the meeting; null when none
             */
            meetingDate?: string | null;
            /** @description The decision as published */
            decisionText: string;
            /**
             * @description The decision’s status (outcome), `called_in` once scrutiny has called it in
             * @enum {string}
             */
            status: "recommendations_approved" | "approved" | "rejected" | "deferred" | "called_in";
            /**
             * @description Whether it is a key decision
             * @example false
             */
            isKeyDecision: boolean;
            /** @description Why it is a key decision; null when it is not */
            keyDecisionReason?: string | null;
            /**
             * @description Whether it may be called in by scrutiny
             * @example false
             */
            subjectToCallIn: boolean;
            /** @description The urgency route (`general_exception` or `special_urgency`) taken instead of 28 days on the forward plan; null when none */
            urgencyRoute?: string | null;
            /**
             * @description The wards it affects, by name; empty when none named
             * @example []
             */
            wardsAffected: string[];
            /**
             * Format: date
             * @description The day it was first published on the forward plan; null when not given
             */
            forwardPlanFirstPublished?: string | null;
            /**
             * Format: date
             * @description The day the decision was taken
             * @example 2018-04-16
             */
            decisionDate: string;
            /**
             * Format: date
             * @description The day it was published
             * @example 2018-04-16
             */
            publicationDate: string;
            /**
             * Format: date
             * @description The last day it may be called in: publication plus the council’s call-in period in working days; null when not subject to call-in
             */
            callInDeadline?: string | null;
            /**
             * Format: date
             * @description The day it takes effect: the working day after the call-in deadline, or the decision date when not subject to call-in
             * @example 2018-04-16
             */
            effectiveFrom?: string | null;
            /**
             * @description The Schedule 12A paragraph under which part is exempt; null when nothing is
             * @example null
             */
            exemptParagraph?: number | null;
            /** @description The exempt text, for the deciding council’s own people; null for other readers, or when there is none */
            exemptInformation?: string | null;
            /**
             * @description True when exempt text exists but this reader may not see it
             * @example false
             */
            exemptInformationWithheld: boolean;
            /** @description The reasons for the decision; null when not given */
            reasons?: string | null;
            /** @description The alternative options considered and rejected; null when not given */
            alternativeOptions?: string | null;
            /** @description Conflicts of interest declared, and any dispensation; null when not given */
            interestsDeclared?: string | null;
            /** @description Concerns raised and the answers given; empty when none */
            concerns: components["schemas"]["ConcernDto"][];
            /**
             * @description The record’s version, to send back with a status change (optimistic concurrency)
             * @example 1
             */
            version: number;
        };
        /** @description One council’s signature on the partnership agreement */
        SignatureResponse: {
            /**
             * @description The signing council (ONS code)
             * @example E10000002
             */
            councilCode: string;
            /**
             * @description Who signed the agreement for that council
             * @example Chief Executive, Buckinghamshire County Council
             */
            signedBy: string;
            /**
             * Format: date-time
             * @description When the council signed
             */
            signedAt: string;
        };
        /** @description One clock an active partnership keeps: a review, the commissioner’s deadline, the Ofsted action plan or a monitoring visit */
        DueDateResponse: {
            /**
             * @description Which clock: the periodic review, the commissioner’s review, the Ofsted action plan or a monitoring visit
             * @example periodic_review
             * @enum {string}
             */
            kind: "periodic_review" | "commissioner_review" | "action_plan" | "monitoring_visit";
            /**
             * Format: date
             * @description The day it falls due
             * @example 2018-08-01
             */
            dueOn: string;
            /**
             * Format: date
             * @description The day a reminder goes out; null when this clock sends none
             * @example 2018-07-25
             */
            remindOn?: string | null;
            /**
             * @description The due date in words, for people
             * @example Periodic review due
             */
            label: string;
            /**
             * @description Where the clock stands: upcoming, reminded, due, met or cancelled
             * @example upcoming
             * @enum {string}
             */
            status: "upcoming" | "reminded" | "due" | "met" | "cancelled";
        };
        /** @description Who acted on a record, as the audit trail keeps it */
        AuditActorResponse: {
            /**
             * Format: uuid
             * @description The principal who acted; null when Accord itself acted (the workflow’s timers)
             */
            principalId: string | null;
            /**
             * @description Their name, as it was when they acted
             * @example Chief Executive, Hampshire
             */
            name: string;
            /**
             * @description Their role when they acted; null for Accord itself
             * @example chief_executive
             */
            role: string | null;
            /**
             * @description The GSS code of their council; null for Accord itself and for principals of no council
             * @example E10000014
             */
            councilCode: string | null;
            /**
             * @description How they proved who they were: `api_key`, `access_token <issuer>`, or null for Accord itself
             * @example api_key
             */
            authenticatedBy: string | null;
        };
        /** @description The record an audit event is about */
        AuditTargetResponse: {
            /**
             * @description The kind of record (partnership, decision_record, secondment, council, …)
             * @example partnership
             */
            type: string;
            /**
             * @description Its id (a GSS code for a council)
             * @example 0d6f9f3e-3f2a-4d55-9a3c-5b7d0f4f1e21
             */
            id: string;
            /**
             * @description The GSS codes of the councils it concerns, whose people may read the event
             * @example [
             *       "E10000014",
             *       "E10000002"
             *     ]
             */
            councilCodes: string[];
        };
        /** @description One entry of the append-only audit trail: who did what to which record, when, what it was before and after, and the workflow’s ids when the partnership workflow did it */
        AuditEventResponse: {
            /**
             * @description The event’s number in the trail, increasing with each event (a decimal string: it can outgrow a JavaScript number)
             * @example 42
             */
            id: string;
            /**
             * Format: date-time
             * @description When it happened (the instant its transaction recorded it)
             */
            occurredAt: string;
            /** @description Who acted, and how they proved who they were */
            actor: components["schemas"]["AuditActorResponse"];
            /**
             * @description What happened, as `<record type>.<event>`
             * @example partnership.stage_changed
             * @enum {string}
             */
            action: "api_key.issued" | "api_key.revoked" | "council.abolished" | "council.created" | "council.updated" | "decision_record.called_in" | "decision_record.created" | "decision_record.released" | "decision_record.status_changed" | "governance_settings.updated" | "intervention.created" | "intervention.updated" | "partnership.capacity_checked" | "partnership.council_succeeded" | "partnership.created" | "partnership.direction_lifted" | "partnership.due_date_reached" | "partnership.due_date_reminder" | "partnership.secondments_ended" | "partnership.secondments_in_step" | "partnership.sign_off_escalated" | "partnership.sign_off_reminder" | "partnership.signed" | "partnership.stage_changed" | "partnership.supported_council_rejudged" | "partnership.updated" | "principal.created" | "principal.disabled" | "principal.sign_in_bound" | "review.recorded" | "risk.recorded" | "risk.updated" | "secondment.active" | "secondment.approved" | "secondment.cancelled" | "secondment.ended" | "secondment.proposed" | "staff_member.created" | "staff_member.deleted" | "staff_member.updated" | "team.council_succeeded" | "team.created" | "team.deleted" | "team.updated" | "webhook_subscription.created" | "webhook_subscription.deleted" | "webhook_subscription.secret_rotated" | "webhook_subscription.updated";
            /** @description The record acted on */
            target: components["schemas"]["AuditTargetResponse"];
            /**
             * @description The record (or the fields that changed) as it was before; null when the record was created. Exempt decision text is stored as `[exempt]`
             * @example {
             *       "stage": "draft"
             *     }
             */
            before?: Record<string, never> | null;
            /**
             * @description The record (or the fields that changed) as it was after; null when the record was deleted. Exempt decision text is stored as `[exempt]`
             * @example {
             *       "stage": "officer_review"
             *     }
             */
            after?: Record<string, never> | null;
            /** @description The id of the HTTP request that did it (its `X-Request-Id`), to find it in the logs; null when no request did */
            requestId?: string | null;
            /**
             * @description The Temporal workflow that did it (`partnership-<id>`); null when a person or service did it directly
             * @example partnership-0d6f9f3e-3f2a-4d55-9a3c-5b7d0f4f1e21
             */
            workflowId?: string | null;
            /** @description The run of that workflow (Temporal run id); null when no workflow did it */
            runId?: string | null;
        };
        /** @description One partnership in full: where it stands, who acts next and by when, its decision, its clocks and its history */
        PartnershipDetailResponse: {
            /**
             * Format: uuid
             * @description The partnership’s id
             * @example 0d6f9f3e-3f2a-4d55-9a3c-5b7d0f4f1e21
             */
            id: string;
            /**
             * @description A short name for the partnership: who supports whom, in which service
             * @example Hampshire support for Buckinghamshire children’s services
             */
            title: string;
            /**
             * @description The lead council, which gives the support (ONS code)
             * @example E10000014
             */
            leadCouncilCode: string;
            /**
             * @description The supported council, which receives the support (ONS code)
             * @example E10000002
             */
            supportedCouncilCode: string;
            /**
             * Format: date
             * @description The day support is planned to start
             * @example 2018-05-01
             */
            plannedStart: string;
            /**
             * Format: date
             * @description The day support is planned to end
             * @example 2022-03-31
             */
            plannedEnd: string;
            /**
             * @description Mirrors the partnership workflow
             * @example draft
             * @enum {string}
             */
            stage: "draft" | "officer_review" | "capacity_check" | "cabinet_decision" | "call_in_window" | "sign_off" | "active" | "under_review" | "exiting" | "completed" | "rejected" | "withdrawn";
            /**
             * @description The id of the Temporal workflow that runs the partnership’s stages
             * @example partnership-0d6f9f3e-3f2a-4d55-9a3c-5b7d0f4f1e21
             */
            workflowId: string;
            /**
             * @description The kind of support the lead council gives
             * @example improvement_partner
             * @enum {string}
             */
            kind: "improvement_adviser" | "improvement_partner" | "peer_support";
            /**
             * @description The service the partnership improves: children’s services, so far the only one
             * @example children_services
             * @enum {string}
             */
            serviceArea: "children_services";
            /** @description What the support covers; null when not yet written */
            scope?: string | null;
            /**
             * Format: uuid
             * @description The DfE intervention the partnership answers; null when none is recorded
             */
            interventionId?: string | null;
            /**
             * @description How the support is paid for; null when not yet agreed
             * @example grant_and_recharge
             * @enum {string|null}
             */
            fundingKind?: "grant" | "recharge" | "grant_and_recharge" | null;
            /**
             * @description Integer pence
             * @example 45000000
             */
            fundingAmountPence?: number | null;
            /** @description Who must act next; null once ended */
            nextAction?: components["schemas"]["NextActionResponse"] | null;
            /**
             * @description Increases with every change; for optimistic concurrency
             * @example 1
             */
            version: number;
            /**
             * Format: date-time
             * @description When the partnership was drafted
             * @example 2026-11-24T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the partnership last changed
             * @example 2026-11-24T09:00:00.000Z
             */
            updatedAt: string;
            /** @description The latest Cabinet decision on it, if any */
            decision?: components["schemas"]["DecisionRecordResponse"] | null;
            /** @description Who signed and when, in the last sign-off round: while it waits for signatures, and ever after */
            signatures: components["schemas"]["SignatureResponse"][];
            /** @description Reviews and the intervention’s clocks, earliest first */
            dueDates: components["schemas"]["DueDateResponse"][];
            /** @description Everything that happened to it, oldest first (as GET …/timeline) */
            timeline: components["schemas"]["AuditEventResponse"][];
        };
        /** @description Changes to a draft partnership; once submitted, its terms are what reviewers and Cabinet saw */
        UpdatePartnershipDto: {
            /**
             * @description The version you read; a stale one is refused with 409
             * @example 1
             */
            version: number;
            /**
             * @description A new short name for the partnership
             * @example Hampshire support for Buckinghamshire children’s services
             */
            title?: string;
            /**
             * Format: date
             * @description A new planned start
             * @example 2018-05-01
             */
            plannedStart?: string;
            /**
             * Format: date
             * @description A new planned end; not before the planned start
             * @example 2022-03-31
             */
            plannedEnd?: string;
            /**
             * @description The kind of support the lead council gives
             * @enum {string}
             */
            kind?: "improvement_adviser" | "improvement_partner" | "peer_support";
            /** @description What the support covers; null clears it */
            scope?: string;
            /**
             * @description How the support is paid for; null clears it
             * @enum {string}
             */
            fundingKind?: "grant" | "recharge" | "grant_and_recharge";
            /**
             * @description Integer pence
             * @example 45000000
             */
            fundingAmountPence?: number;
        };
        /** @description An optional comment on a partnership action */
        StageActionDto: {
            /**
             * @description A note kept with the action in the audit trail
             * @example Ready for the director of children’s services to review
             */
            comment?: string;
        };
        /** @description The partnership’s stage after the action, as the workflow decided */
        StageActionResponse: {
            /**
             * Format: uuid
             * @description The partnership acted on
             * @example 0d6f9f3e-3f2a-4d55-9a3c-5b7d0f4f1e21
             */
            partnershipId: string;
            /**
             * @description The stage after the action
             * @example officer_review
             * @enum {string}
             */
            stage: "draft" | "officer_review" | "capacity_check" | "cabinet_decision" | "call_in_window" | "sign_off" | "active" | "under_review" | "exiting" | "completed" | "rejected" | "withdrawn";
        };
        /** @description Going ahead although a team would fall below its retention floor, with the reason */
        OverrideCapacityDto: {
            /**
             * @description Why the action is taken (going ahead below the retention floor, or ending the partnership); kept in the audit trail
             * @example Torbay support ends in June; the Winchester team is back above its floor from then
             */
            reason: string;
            /** @description A further note kept with the action */
            comment?: string;
        };
        /** @description The Cabinet decision on this partnership: the decision record’s fields; the council and partnership are implied */
        CabinetDecisionDto: {
            /**
             * @description The decision’s title, as published
             * @example Improvement partnership with Buckinghamshire County Council
             */
            title: string;
            /**
             * @description Who took the decision under the council’s constitution: the Cabinet, a cabinet member, or an officer under delegation
             * @example cabinet
             * @enum {string}
             */
            decisionMaker: "cabinet" | "cabinet_member" | "officer";
            /**
             * @description The decision maker by name or title, as published
             * @example Cabinet
             */
            decisionMakerName?: string;
            /**
             * @description The meeting at which it was decided, if any
             * @example Cabinet
             */
            meetingName?: string;
            /**
             * Format: date
             * @description The day of that meeting; the forward plan notice of a key decision is counted to it (else to the decision date)
             * @example 2018-04-16
             */
            meetingDate?: string;
            /**
             * @description The decision as published
             * @example That Cabinet approves Hampshire acting as improvement partner to Buckinghamshire...
             */
            decisionText: string;
            /**
             * @description Whether it is a key decision (spends or saves at least the council’s threshold, or significantly affects two or more wards); a key decision needs 28 clear days on the forward plan or an urgency route
             * @example false
             */
            isKeyDecision: boolean;
            /**
             * @description Why it is a key decision; required when it is
             * @example Expenditure above £500,000
             */
            keyDecisionReason?: string;
            /**
             * @description Whether scrutiny may call it in: if so it waits out the council’s call-in period before it takes effect
             * @example false
             */
            subjectToCallIn: boolean;
            /**
             * @description For a key decision with less than 28 clear days on the forward plan: general exception (regulation 10) or special urgency (regulation 11)
             * @enum {string}
             */
            urgencyRoute?: "general_exception" | "special_urgency";
            /**
             * @description The wards the decision affects, by name; left out, none named
             * @example []
             */
            wardsAffected?: string[];
            /**
             * Format: date
             * @description The day the decision was first published on the forward plan; needed for a key decision without an urgency route
             * @example 2018-03-01
             */
            forwardPlanFirstPublished?: string;
            /**
             * Format: date
             * @description The day the decision was taken
             * @example 2018-04-16
             */
            decisionDate: string;
            /**
             * Format: date
             * @description The day the decision was published, on or after the decision date; the call-in period runs from it
             * @example 2018-04-16
             */
            publicationDate: string;
            /**
             * @description The paragraph (1–7) of Schedule 12A to the Local Government Act 1972 under which part is exempt; required with exempt information
             * @example 3
             */
            exemptParagraph?: number;
            /** @description The exempt text; readable only by the deciding council’s own people */
            exemptInformation?: string;
            /**
             * @description The reasons for the decision (regulation 12 of SI 2012/2089)
             * @example Hampshire has the capacity as its Torbay commitments end, and a partner that has improved services before
             */
            reasons?: string;
            /**
             * @description The alternative options considered and rejected (regulation 12)
             * @example Not to offer support, leaving Buckinghamshire to find another partner
             */
            alternativeOptions?: string;
            /**
             * @description Conflicts of interest declared by a decision maker consulted, and any dispensation granted (regulation 12)
             * @example None
             */
            interestsDeclared?: string;
            /** @description Concerns raised and the answers given (at most 50) */
            concerns?: components["schemas"]["ConcernDto"][];
            /**
             * @description The decision’s outcome as the committee system records it
             * @example recommendations_approved
             * @enum {string}
             */
            status: "recommendations_approved" | "approved" | "rejected" | "deferred";
        };
        /** @description Members calling in the Cabinet decision for scrutiny before it takes effect */
        CallInDto: {
            /**
             * @description The members calling the decision in: at least the council’s call-in quorum
             * @example [
             *       "Cllr A. Brown",
             *       "Cllr C. Davies",
             *       "Cllr E. Foster",
             *       "Cllr G. Hughes",
             *       "Cllr J. Khan"
             *     ]
             */
            members: string[];
            /**
             * @description Why the members call the decision in; kept in the audit trail
             * @example The cost to Hampshire’s own services needs scrutiny
             */
            comment?: string;
        };
        /** @description The scrutiny committee’s outcome on a called-in decision */
        ScrutinyOutcomeDto: {
            /**
             * @description Released: the decision stands; referred back: Cabinet decides again
             * @enum {string}
             */
            outcome: "released" | "referred_back";
            /** @description The scrutiny committee’s reasons; kept in the audit trail */
            comment?: string;
        };
        /** @description The Ofsted re-inspection judgement an exit on improvement rests on */
        ReinspectionDto: {
            /**
             * @description Requires improvement or better
             * @example requires_improvement
             * @enum {string}
             */
            judgement: "outstanding" | "good" | "requires_improvement" | "inadequate";
            /**
             * Format: date
             * @description The day Ofsted published its judgement
             * @example 2021-12-10
             */
            judgedOn: string;
            /**
             * Format: date
             * @description The day the statutory direction was lifted
             * @example 2022-01-05
             */
            directionLiftedOn: string;
        };
        /** @description A request to end the partnership: on improvement, on a long-term solution, or by notice from the lead council */
        RequestExitDto: {
            /**
             * @description Why the action is taken (going ahead below the retention floor, or ending the partnership); kept in the audit trail
             * @example Torbay support ends in June; the Winchester team is back above its floor from then
             */
            reason: string;
            /** @description A further note kept with the action */
            comment?: string;
            /**
             * @description improved: re-judged requires improvement or better, direction lifted (Buckinghamshire, 2021); long_term_solution: a lasting arrangement is in place (Torbay); notice: the lead council gives notice, with an optional hand-back period (Isle of Wight, 2024)
             * @default notice
             * @enum {string}
             */
            trigger?: "improved" | "long_term_solution" | "notice";
            /**
             * Format: date
             * @description With notice: the last day of the hand-back period
             * @example 2025-01-31
             */
            handBackUntil?: string;
            /** @description Required with improved, refused otherwise: the re-inspection (its judgement becomes the supported council’s Ofsted judgement) and the day the statutory direction was lifted (recorded on the partnership’s intervention) */
            reinspection?: components["schemas"]["ReinspectionDto"];
        };
        /** @description A review of an active partnership to record: periodic or by the commissioner, with its RAG rating and findings */
        CreateReviewDto: {
            /**
             * @description periodic (the quarterly review) or commissioner (a review by the DfE commissioner)
             * @example periodic
             * @enum {string}
             */
            kind: "periodic" | "commissioner";
            /**
             * Format: date
             * @description The day the review took place
             * @example 2019-01-15
             */
            reviewDate: string;
            /**
             * @description The review’s red, amber or green (RAG) rating of progress
             * @example amber
             * @enum {string}
             */
            ragRating: "red" | "amber" | "green";
            /**
             * @description What the review found, in the reviewers’ words
             * @example Front-door practice improved; caseloads still high in two teams
             */
            findings: string;
            /**
             * Format: date
             * @description Must come after the review
             * @example 2019-04-15
             */
            nextReviewDate?: string;
        };
        /** @description The partnership’s stage after a review, with the review recorded */
        RecordedReviewResponse: {
            /**
             * Format: uuid
             * @description The partnership acted on
             * @example 0d6f9f3e-3f2a-4d55-9a3c-5b7d0f4f1e21
             */
            partnershipId: string;
            /**
             * @description The stage after the action
             * @example officer_review
             * @enum {string}
             */
            stage: "draft" | "officer_review" | "capacity_check" | "cabinet_decision" | "call_in_window" | "sign_off" | "active" | "under_review" | "exiting" | "completed" | "rejected" | "withdrawn";
            /**
             * Format: uuid
             * @description The review, at GET …/reviews
             * @example 6b1f3c0e-9b7a-4c1e-8f57-2a0d3f9e4b11
             */
            reviewId: string;
        };
        /** @description One risk in a partnership’s risk register */
        RiskResponse: {
            /**
             * Format: uuid
             * @description The risk’s id
             */
            id: string;
            /**
             * Format: uuid
             * @description The partnership the risk belongs to
             */
            partnershipId: string;
            /**
             * @description The kind of risk to the partnership
             * @enum {string}
             */
            category: "staff_pressure" | "travel_distance" | "savings_programme" | "own_service_priority" | "reorganisation" | "other";
            /**
             * @description How serious the risk is, from low to very high
             * @enum {string}
             */
            rating: "low" | "medium" | "high" | "very_high";
            /** @description The risk, in the partnership’s own words */
            description: string;
            /** @description What is done to reduce the risk; null when none is recorded */
            mitigation?: string | null;
            /** @description The role answerable for the risk; null when not yet assigned */
            owner?: string | null;
            /**
             * @description Increases with every change; for optimistic concurrency
             * @example 1
             */
            version: number;
        };
        /** @description A risk to add to a partnership’s risk register */
        CreateRiskDto: {
            /**
             * @description The kind of risk to the partnership
             * @example travel_distance
             * @enum {string}
             */
            category: "staff_pressure" | "travel_distance" | "savings_programme" | "own_service_priority" | "reorganisation" | "other";
            /**
             * @description How serious the risk is, from low to very high
             * @example medium
             * @enum {string}
             */
            rating: "low" | "medium" | "high" | "very_high";
            /**
             * @description The risk, in the partnership’s own words
             * @example Buckinghamshire is about 80 miles away
             */
            description: string;
            /**
             * @description What is done to reduce the risk
             * @example Hybrid working; travel time budgeted
             */
            mitigation?: string;
            /**
             * @description The role answerable for the risk
             * @example Director of Children’s Services, Hampshire
             */
            owner?: string;
        };
        /** @description Changes to one risk in a partnership’s risk register, at the version read */
        UpdateRiskDto: {
            /**
             * @description The version you read; a different current version answers 409
             * @example 1
             */
            version: number;
            /**
             * @description How serious the risk is now
             * @enum {string}
             */
            rating?: "low" | "medium" | "high" | "very_high";
            /** @description What is done to reduce the risk; null clears it */
            mitigation?: string;
            /** @description The role answerable for the risk; null clears it */
            owner?: string;
        };
        /** @description A recorded review of an active partnership */
        ReviewResponse: {
            /**
             * Format: uuid
             * @description The review’s id
             */
            id: string;
            /**
             * Format: uuid
             * @description The partnership reviewed
             */
            partnershipId: string;
            /**
             * @description A scheduled review, or one by the DfE commissioner
             * @example periodic
             * @enum {string}
             */
            kind: "periodic" | "commissioner";
            /**
             * Format: date
             * @description The day the review took place
             */
            reviewDate: string;
            /**
             * @description Red, amber or green progress rating
             * @example amber
             * @enum {string}
             */
            ragRating: "red" | "amber" | "green";
            /** @description What the review found, in the reviewers’ words */
            findings: string;
            /**
             * Format: date
             * @description When the next periodic review is due; null when none is set
             */
            nextReviewDate?: string | null;
            /**
             * @description Increases with every change; for optimistic concurrency
             * @example 1
             */
            version: number;
        };
        /** @description A council named by an inbox item: its ONS code and its name */
        InboxCouncilResponse: {
            /**
             * @description The council’s ONS (GSS) code
             * @example E10000014
             */
            code: string;
            /**
             * @description The council’s name
             * @example Hampshire County Council
             */
            name: string;
        };
        /** @description The partnership an inbox item is about */
        InboxPartnershipResponse: {
            /**
             * Format: uuid
             * @description The partnership’s id
             */
            id: string;
            /**
             * @description The partnership’s title
             * @example Hampshire supports Buckinghamshire children’s services
             */
            title: string;
            /**
             * @description The stage the partnership is in
             * @example sign_off
             * @enum {string}
             */
            stage: "draft" | "officer_review" | "capacity_check" | "cabinet_decision" | "call_in_window" | "sign_off" | "active" | "under_review" | "exiting" | "completed" | "rejected" | "withdrawn";
            /** @description The council that leads the partnership and lends the staff */
            leadCouncil: components["schemas"]["InboxCouncilResponse"];
            /** @description The council the partnership supports */
            supportedCouncil: components["schemas"]["InboxCouncilResponse"];
        };
        /** @description The secondment an HR inbox item is about */
        InboxSecondmentResponse: {
            /**
             * Format: uuid
             * @description The secondment’s id
             */
            id: string;
            /**
             * Format: uuid
             * @description The staff member lent
             */
            staffMemberId: string;
            /**
             * @description The staff member’s name
             * @example Alex Smith
             */
            staffMemberName: string;
            /**
             * @description The share of a full-time post lent (FTE)
             * @example 0.5
             */
            fte: number;
            /**
             * Format: date
             * @description The secondment’s first day
             * @example 2026-01-05
             */
            start: string;
            /**
             * Format: date
             * @description The secondment’s last day
             * @example 2026-12-31
             */
            end: string;
        };
        /** @description One action waiting on the caller: what to do, on which partnership, for which council, and by when */
        InboxItemResponse: {
            /**
             * @description What to do: endorse; decide after a failed capacity check (override or send back); record the Cabinet decision; call the decision in (while the call-in window is open) or record the scrutiny outcome; sign; record a review that is due; approve a proposed secondment or start an approved one whose start date has come
             * @example sign
             * @enum {string}
             */
            kind: "endorse" | "decide_failed_capacity_check" | "record_cabinet_decision" | "call_in" | "record_scrutiny_outcome" | "sign" | "record_review" | "approve_secondment" | "start_secondment";
            /**
             * @description The action in words, for people
             * @example Sign the partnership agreement for your council
             */
            action: string;
            /** @description The partnership, its stage and its two councils */
            partnership: components["schemas"]["InboxPartnershipResponse"];
            /**
             * @description The council the caller acts for in this action; null for a commissioner, who acts for neither
             * @example E10000014
             */
            actingForCouncilCode?: string | null;
            /** @description The secondment, for HR’s items; null otherwise */
            secondment?: components["schemas"]["InboxSecondmentResponse"] | null;
            /**
             * Format: date
             * @description The day by which it should be done (the same as the partnership’s `nextAction.dueBy`); null when no rule or clock sets one
             * @example 2026-12-14
             */
            dueOn?: string | null;
            /**
             * @description England and Wales working days from today to the due day (0 when due today, negative when overdue); null without a due day
             * @example 3
             */
            workingDaysLeft?: number | null;
            /**
             * @description True when the due day has passed
             * @example false
             */
            overdue: boolean;
            /**
             * @description Where to do it: the API operation that takes the action (POST)
             * @example /api/v1/partnerships/7d9f…/actions/sign
             */
            actionPath: string;
            /**
             * @description Where to read the partnership in full (GET)
             * @example /api/v1/partnerships/7d9f…
             */
            partnershipPath: string;
        };
        /** @description Every action waiting on the caller across partnerships, soonest due first */
        InboxResponse: {
            /**
             * Format: date
             * @description The day the working days are counted from (UTC)
             * @example 2026-11-30
             */
            today: string;
            /** @description The actions, soonest due first; those without a due day last */
            items: components["schemas"]["InboxItemResponse"][];
        };
        /** @description What the DfE did about a council’s children’s services: the judgement that triggered it, the statutory direction, the commissioner, their review and report, and when the direction was lifted */
        InterventionResponse: {
            /**
             * Format: uuid
             * @description The intervention’s id
             */
            id: string;
            /**
             * @description GSS code of the council intervened in
             * @example E10000002
             */
            supportedCouncilCode: string;
            /**
             * @description The Ofsted judgement that triggered it
             * @example inadequate
             */
            triggerJudgement: string;
            /**
             * Format: date
             * @description The day of that judgement
             * @example 2017-11-24
             */
            triggerJudgementDate: string;
            /**
             * Format: date
             * @description The day of the statutory direction; null when none was issued
             */
            statutoryDirectionDate?: string | null;
            /** @description The commissioner appointed; null until appointed */
            commissionerName?: string | null;
            /**
             * Format: date
             * @description The day the commissioner’s review is due; null when none
             */
            reviewDeadline?: string | null;
            /**
             * Format: date
             * @description The day the report was published; null until it is
             */
            reportPublishedOn?: string | null;
            /**
             * @description The commissioner’s recommendation on who should run the service; null until made
             * @example retain_in_house
             * @enum {string|null}
             */
            recommendation?: "retain_in_house" | "alternative_delivery_model" | null;
            /**
             * @description GSS code of the council appointed as improvement adviser; null when none
             * @example E10000014
             */
            improvementAdviserCouncilCode?: string | null;
            /**
             * Format: date
             * @description The day the direction was lifted; null while the intervention is in force
             */
            directionLiftedOn?: string | null;
            /**
             * @description The record’s version, to send back with a change (optimistic concurrency)
             * @example 1
             */
            version: number;
        };
        /** @description One page of interventions, latest triggering judgement first, with the paging facts */
        InterventionPage: {
            /**
             * @description Matching records across all pages
             * @example 42
             */
            total: number;
            /**
             * @description The page size asked for
             * @example 20
             */
            limit: number;
            /**
             * @description The records skipped before this page
             * @example 0
             */
            offset: number;
            /** @description The interventions of this page, latest triggering judgement first */
            items: components["schemas"]["InterventionResponse"][];
        };
        /** @description A DfE intervention in a council’s children’s services to record: the judgement that triggered it and what is known so far of the direction, commissioner, review and report */
        CreateInterventionDto: {
            /**
             * Format: date
             * @description The day the DfE issued its statutory direction (on or after the judgement); null when none was issued
             * @example 2018-01-12
             */
            statutoryDirectionDate?: string | null;
            /**
             * @description The commissioner the DfE appointed, by name or title; null until appointed
             * @example Chief Executive, Hampshire County Council
             */
            commissionerName?: string | null;
            /**
             * Format: date
             * @description The day the commissioner’s review is due; null when none is set
             * @example 2018-04-30
             */
            reviewDeadline?: string | null;
            /**
             * Format: date
             * @description The day the commissioner’s report was published; null until it is
             * @example 2018-07-19
             */
            reportPublishedOn?: string | null;
            /**
             * @description The report’s recommendation: keep the service in house, or an alternative delivery model such as a trust; null until made
             * @enum {string|null}
             */
            recommendation?: "retain_in_house" | "alternative_delivery_model" | null;
            /**
             * @description GSS code of the council appointed as improvement adviser (never the supported council); null when none
             * @example E10000014
             */
            improvementAdviserCouncilCode?: string | null;
            /**
             * Format: date
             * @description The day the statutory direction was lifted; null while the intervention is in force
             * @example 2022-03-01
             */
            directionLiftedOn?: string | null;
            /**
             * @description GSS code of the council intervened in (the supported council)
             * @example E10000002
             */
            supportedCouncilCode: string;
            /**
             * @description The Ofsted judgement that triggered the intervention
             * @example inadequate
             * @enum {string}
             */
            triggerJudgement: "outstanding" | "good" | "requires_improvement" | "inadequate";
            /**
             * Format: date
             * @description The day of that judgement
             * @example 2017-11-24
             */
            triggerJudgementDate: string;
        };
        /** @description The intervention’s progress as it goes on (direction, commissioner, review, report, recommendation, adviser, lifting), given the version read: fields left out stay, `null` clears one */
        UpdateInterventionDto: {
            /**
             * Format: date
             * @description The day the DfE issued its statutory direction (on or after the judgement); null when none was issued
             * @example 2018-01-12
             */
            statutoryDirectionDate?: string | null;
            /**
             * @description The commissioner the DfE appointed, by name or title; null until appointed
             * @example Chief Executive, Hampshire County Council
             */
            commissionerName?: string | null;
            /**
             * Format: date
             * @description The day the commissioner’s review is due; null when none is set
             * @example 2018-04-30
             */
            reviewDeadline?: string | null;
            /**
             * Format: date
             * @description The day the commissioner’s report was published; null until it is
             * @example 2018-07-19
             */
            reportPublishedOn?: string | null;
            /**
             * @description The report’s recommendation: keep the service in house, or an alternative delivery model such as a trust; null until made
             * @enum {string|null}
             */
            recommendation?: "retain_in_house" | "alternative_delivery_model" | null;
            /**
             * @description GSS code of the council appointed as improvement adviser (never the supported council); null when none
             * @example E10000014
             */
            improvementAdviserCouncilCode?: string | null;
            /**
             * Format: date
             * @description The day the statutory direction was lifted; null while the intervention is in force
             * @example 2022-03-01
             */
            directionLiftedOn?: string | null;
            /**
             * @description The version you read; a stale one is refused with 409
             * @example 1
             */
            version: number;
        };
        /** @description One page of decision records, newest publication first, with the paging facts */
        DecisionRecordPage: {
            /**
             * @description Matching records across all pages
             * @example 42
             */
            total: number;
            /**
             * @description The page size asked for
             * @example 20
             */
            limit: number;
            /**
             * @description The records skipped before this page
             * @example 0
             */
            offset: number;
            /** @description The decision records of this page, newest publication first */
            items: components["schemas"]["DecisionRecordResponse"][];
        };
        /** @description A decision of the council to publish, as on Modern.gov: who decided, when, what, whether it is a key decision and subject to call-in, the reasons and any exempt part */
        CreateDecisionRecordDto: {
            /**
             * @description GSS code of the council that took the decision: the recorder’s own
             * @example E10000014
             */
            councilCode: string;
            /**
             * Format: uuid
             * @description The partnership decided on, if any; the deciding council must lead or receive it
             */
            partnershipId?: string;
            /**
             * @description The decision’s title, as published
             * @example Improvement partnership with Buckinghamshire County Council
             */
            title: string;
            /**
             * @description Who took the decision under the council’s constitution: the Cabinet, a cabinet member, or an officer under delegation
             * @example cabinet
             * @enum {string}
             */
            decisionMaker: "cabinet" | "cabinet_member" | "officer";
            /**
             * @description The decision maker by name or title, as published
             * @example Cabinet
             */
            decisionMakerName?: string;
            /**
             * @description The meeting at which it was decided, if any
             * @example Cabinet
             */
            meetingName?: string;
            /**
             * Format: date
             * @description The day of that meeting; the forward plan notice of a key decision is counted to it (else to the decision date)
             * @example 2018-04-16
             */
            meetingDate?: string;
            /**
             * @description The decision as published
             * @example That Cabinet approves Hampshire acting as improvement partner to Buckinghamshire...
             */
            decisionText: string;
            /**
             * @description The decision’s status (outcome)
             * @example recommendations_approved
             * @enum {string}
             */
            status: "recommendations_approved" | "approved" | "rejected" | "deferred" | "called_in";
            /**
             * @description Whether it is a key decision (spends or saves at least the council’s threshold, or significantly affects two or more wards); a key decision needs 28 clear days on the forward plan or an urgency route
             * @example false
             */
            isKeyDecision: boolean;
            /**
             * @description Why it is a key decision; required when it is
             * @example Expenditure above £500,000
             */
            keyDecisionReason?: string;
            /**
             * @description Whether scrutiny may call it in: if so it waits out the council’s call-in period before it takes effect
             * @example false
             */
            subjectToCallIn: boolean;
            /**
             * @description For a key decision with less than 28 clear days on the forward plan: general exception (regulation 10) or special urgency (regulation 11)
             * @enum {string}
             */
            urgencyRoute?: "general_exception" | "special_urgency";
            /**
             * @description The wards the decision affects, by name; left out, none named
             * @example []
             */
            wardsAffected?: string[];
            /**
             * Format: date
             * @description The day the decision was first published on the forward plan; needed for a key decision without an urgency route
             * @example 2018-03-01
             */
            forwardPlanFirstPublished?: string;
            /**
             * Format: date
             * @description The day the decision was taken
             * @example 2018-04-16
             */
            decisionDate: string;
            /**
             * Format: date
             * @description The day the decision was published, on or after the decision date; the call-in period runs from it
             * @example 2018-04-16
             */
            publicationDate: string;
            /**
             * @description The paragraph (1–7) of Schedule 12A to the Local Government Act 1972 under which part is exempt; required with exempt information
             * @example 3
             */
            exemptParagraph?: number;
            /** @description The exempt text; readable only by the deciding council’s own people */
            exemptInformation?: string;
            /**
             * @description The reasons for the decision (regulation 12 of SI 2012/2089)
             * @example Hampshire has the capacity as its Torbay commitments end, and a partner that has improved services before
             */
            reasons?: string;
            /**
             * @description The alternative options considered and rejected (regulation 12)
             * @example Not to offer support, leaving Buckinghamshire to find another partner
             */
            alternativeOptions?: string;
            /**
             * @description Conflicts of interest declared by a decision maker consulted, and any dispensation granted (regulation 12)
             * @example None
             */
            interestsDeclared?: string;
            /** @description Concerns raised and the answers given (at most 50) */
            concerns?: components["schemas"]["ConcernDto"][];
        };
        /** @description A new status for a decision record (for example called in), given the version read */
        UpdateDecisionRecordDto: {
            /**
             * @description The version you read; a stale one is refused with 409
             * @example 1
             */
            version: number;
            /**
             * @description The decision’s new status
             * @example called_in
             * @enum {string}
             */
            status: "recommendations_approved" | "approved" | "rejected" | "deferred" | "called_in";
        };
        /** @description One page of audit events, oldest first, with the paging facts */
        AuditEventPage: {
            /**
             * @description Matching records across all pages
             * @example 42
             */
            total: number;
            /**
             * @description The page size asked for
             * @example 20
             */
            limit: number;
            /**
             * @description The records skipped before this page
             * @example 0
             */
            offset: number;
            /** @description The events of this page, oldest first */
            items: components["schemas"]["AuditEventResponse"][];
        };
        /** @description The record a domain event is about */
        EventSubject: {
            /**
             * @description The kind of record the event is about: `partnership`, `decision_record`, `secondment` or `council`
             * @example partnership
             */
            type: string;
            /**
             * @description Its id (a GSS code for a council)
             * @example 0d6f9f3e-3f2a-4d55-9a3c-5b7d0f4f1e21
             */
            id: string;
        };
        /** @description One domain event an integrator reacts to (a partnership’s stage changed, a decision recorded, a secondment booked, …), as the feed lists it and a webhook delivers it */
        DomainEventResponse: {
            /**
             * @description Unique id of the event; webhooks send it as `webhook-id`
             * @example 1287
             */
            id: string;
            /**
             * @description What happened, as `<record>.<event>`; the type decides the fields of `data`
             * @example partnership.stage_changed
             * @enum {string}
             */
            type: "partnership.stage_changed" | "partnership.signed" | "partnership.sign_off_overdue" | "partnership.review_due" | "decision.recorded" | "decision.status_changed" | "secondment.booked" | "secondment.approved" | "secondment.started" | "secondment.ended" | "secondment.cancelled" | "capacity.below_floor" | "council.abolished";
            /**
             * Format: date-time
             * @description When the change was made (its transaction began)
             */
            occurredAt: string;
            /**
             * @description Councils whose integrators receive the event
             * @example [
             *       "E10000014",
             *       "E10000002"
             *     ]
             */
            councilCodes: string[];
            /** @description The record the event is about */
            subject: components["schemas"]["EventSubject"];
            /**
             * @description What changed; its fields depend on the type
             * @example {
             *       "partnershipId": "0d6f9f3e-3f2a-4d55-9a3c-5b7d0f4f1e21",
             *       "from": "sign_off",
             *       "to": "active"
             *     }
             */
            data: {
                [key: string]: unknown;
            };
        };
        /** @description One page of the event feed, oldest first, with the cursor to read on from */
        DomainEventPage: {
            /** @description Oldest first; an empty page means nothing new yet */
            items: components["schemas"]["DomainEventResponse"][];
            /**
             * @description Send as `after` to read on; it never passes an event not yet delivered, so polling with it misses nothing
             * @example djEuNzUwLjA
             */
            next: string;
        };
        /** @description A new webhook subscription: where to deliver which of the council’s domain events */
        CreateWebhookSubscriptionDto: {
            /**
             * @description Where events are POSTed
             * @example https://hr.example.gov.uk/accord/webhooks
             */
            url: string;
            /**
             * @description The domain event types to deliver; at least one
             * @example [
             *       "partnership.stage_changed",
             *       "secondment.started"
             *     ]
             */
            eventTypes: ("partnership.stage_changed" | "partnership.signed" | "partnership.sign_off_overdue" | "partnership.review_due" | "decision.recorded" | "decision.status_changed" | "secondment.booked" | "secondment.approved" | "secondment.started" | "secondment.ended" | "secondment.cancelled" | "capacity.below_floor" | "council.abolished")[];
            /**
             * @description A note saying what the subscription is for
             * @example HR system: secondments
             */
            description?: string;
            /**
             * @description Whose events; only admins may name a council other than their own
             * @example E10000014
             */
            councilCode?: string;
        };
        /** @description A new webhook subscription, with its signing secret shown this once */
        CreatedWebhookSubscriptionResponse: {
            /**
             * Format: uuid
             * @description The subscription’s id
             */
            id: string;
            /**
             * @description The council whose events are delivered (ONS code)
             * @example E10000014
             */
            councilCode: string;
            /**
             * @description The address events are delivered to
             * @example https://hr.example.gov.uk/accord/webhooks
             */
            url: string;
            /** @description A note saying what the subscription is for; null when none */
            description: string | null;
            /** @description The domain event types delivered */
            eventTypes: ("partnership.stage_changed" | "partnership.signed" | "partnership.sign_off_overdue" | "partnership.review_due" | "decision.recorded" | "decision.status_changed" | "secondment.booked" | "secondment.approved" | "secondment.started" | "secondment.ended" | "secondment.cancelled" | "capacity.below_floor" | "council.abolished")[];
            /**
             * @description failing: an event could not be delivered for three days; delivery has stopped
             * @enum {string}
             */
            status: "active" | "failing";
            /** @description Why delivery stopped; null while the subscription is active */
            failingReason: string | null;
            /**
             * Format: date-time
             * @description Until when the previous secret also signs
             */
            previousSecretExpiresAt: string | null;
            /**
             * @description Increases with every change; for optimistic concurrency
             * @example 1
             */
            version: number;
            /**
             * Format: date-time
             * @description When the subscription was created
             */
            createdAt: string;
            /**
             * @description The signing secret; shown this once only
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        /** @description A webhook subscription: a council’s receiver of signed domain events (Standard Webhooks) */
        WebhookSubscriptionResponse: {
            /**
             * Format: uuid
             * @description The subscription’s id
             */
            id: string;
            /**
             * @description The council whose events are delivered (ONS code)
             * @example E10000014
             */
            councilCode: string;
            /**
             * @description The address events are delivered to
             * @example https://hr.example.gov.uk/accord/webhooks
             */
            url: string;
            /** @description A note saying what the subscription is for; null when none */
            description: string | null;
            /** @description The domain event types delivered */
            eventTypes: ("partnership.stage_changed" | "partnership.signed" | "partnership.sign_off_overdue" | "partnership.review_due" | "decision.recorded" | "decision.status_changed" | "secondment.booked" | "secondment.approved" | "secondment.started" | "secondment.ended" | "secondment.cancelled" | "capacity.below_floor" | "council.abolished")[];
            /**
             * @description failing: an event could not be delivered for three days; delivery has stopped
             * @enum {string}
             */
            status: "active" | "failing";
            /** @description Why delivery stopped; null while the subscription is active */
            failingReason: string | null;
            /**
             * Format: date-time
             * @description Until when the previous secret also signs
             */
            previousSecretExpiresAt: string | null;
            /**
             * @description Increases with every change; for optimistic concurrency
             * @example 1
             */
            version: number;
            /**
             * Format: date-time
             * @description When the subscription was created
             */
            createdAt: string;
        };
        /** @description One page of webhook subscriptions */
        WebhookSubscriptionPage: {
            /**
             * @description Matching records across all pages
             * @example 42
             */
            total: number;
            /**
             * @description The page size asked for
             * @example 20
             */
            limit: number;
            /**
             * @description The records skipped before this page
             * @example 0
             */
            offset: number;
            /** @description The subscriptions on this page */
            items: components["schemas"]["WebhookSubscriptionResponse"][];
        };
        /** @description Changes to a webhook subscription, at the version read */
        UpdateWebhookSubscriptionDto: {
            /**
             * @description The version you read; a stale one is refused with 409
             * @example 1
             */
            version: number;
            /** @description A new http(s) address to deliver to */
            url?: string;
            /** @description The domain event types to deliver from now on */
            eventTypes?: ("partnership.stage_changed" | "partnership.signed" | "partnership.sign_off_overdue" | "partnership.review_due" | "decision.recorded" | "decision.status_changed" | "secondment.booked" | "secondment.approved" | "secondment.started" | "secondment.ended" | "secondment.cancelled" | "capacity.below_floor" | "council.abolished")[];
            /** @description null clears it */
            description?: string | null;
            /**
             * @description Set a failing subscription active again: delivery resumes from the event that failed
             * @enum {string}
             */
            status?: "active";
        };
        /** @description A new signing secret for a subscription, with an overlap in which the old one still signs */
        RotateWebhookSecretDto: {
            /**
             * @description Seconds the old secret goes on signing beside the new one
             * @default 86400
             * @example 86400
             */
            overlapSeconds?: number;
        };
        /** @description The new signing secret of a subscription, shown this once */
        RotatedWebhookSecretResponse: {
            /**
             * @description The new signing secret; shown this once only
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
            /**
             * Format: date-time
             * @description Until when the previous secret also signs
             */
            previousSecretExpiresAt: string;
        };
        /** @description One attempt to deliver an event to a subscription, as the delivery log keeps it */
        WebhookDeliveryAttemptResponse: {
            /**
             * @description The event sent (its `webhook-id`)
             * @example 1287
             */
            eventId: string;
            /**
             * @description Attempt number for this event (a redelivery counts afresh)
             * @example 1
             */
            attempt: number;
            /** @description True when the attempt was a redelivery on request */
            redelivery: boolean;
            /**
             * Format: date-time
             * @description When the request was sent
             */
            attemptedAt: string;
            /**
             * @description null when no answer came
             * @example 200
             */
            statusCode: number | null;
            /**
             * @description Time until the receiver answered, in milliseconds
             * @example 84
             */
            latencyMs: number;
            /** @description True when the receiver answered with a 2xx status */
            succeeded: boolean;
            /**
             * @description Why the attempt failed; null when it succeeded
             * @example the receiver answered 503
             */
            error: string | null;
        };
        /** @description One page of the delivery log */
        WebhookDeliveryAttemptPage: {
            /**
             * @description Matching records across all pages
             * @example 42
             */
            total: number;
            /**
             * @description The page size asked for
             * @example 20
             */
            limit: number;
            /**
             * @description The records skipped before this page
             * @example 0
             */
            offset: number;
            /** @description Oldest first */
            items: components["schemas"]["WebhookDeliveryAttemptResponse"][];
        };
        /** @description An event to deliver again to a subscription */
        RedeliverWebhookEventDto: {
            /**
             * @description The id of the event to send again (as in the feed and `webhook-id`)
             * @example 1287
             */
            eventId: string;
        };
        /** @description One field of the request that was refused, with every reason */
        FieldError: {
            /**
             * @description Path of the offending field in the request
             * @example plannedEnd
             */
            field: string;
            /**
             * @description Why the field was refused, one sentence each
             * @example [
             *       "plannedEnd must not be before plannedStart"
             *     ]
             */
            messages: string[];
        };
        /** @description The first day a secondment would take a person past their contract, and by how much */
        ContractClashProblem: {
            /**
             * Format: date
             * @description The first day of the highest load
             * @example 2026-12-30
             */
            on: string;
            /**
             * @description FTE the person would be seconded that day, to a thousandth
             * @example 1.1
             */
            secondedFte: number;
            /**
             * @description The person’s contracted FTE
             * @example 1
             */
            contractedFte: number;
        };
        /** @description RFC 9457 problem details: the body of every error answer, whatever its status, with a stable `code` */
        ProblemDetails: {
            /**
             * @description Stable URI naming the kind of problem
             * @example https://accord.dev/problems/validation-failed
             */
            type: string;
            /**
             * @description Short summary of the kind of problem; the same for every occurrence
             * @example Request validation failed
             */
            title: string;
            /**
             * @description The HTTP status of this answer
             * @example 422
             */
            status: number;
            /**
             * @description What went wrong this time, for a person to read
             * @example plannedEnd must not be before plannedStart
             */
            detail?: string;
            /**
             * @description The path of the request that failed
             * @example /api/v1/partnerships
             */
            instance?: string;
            /**
             * @description Machine-readable code, stable across releases
             * @example validation_failed
             */
            code: string;
            /**
             * @description The request id (X-Request-Id), to find the request in the logs
             * @example 6f1c1a8e-6d3a-4d0e-9a39-1d1f7e0c2b4a
             */
            requestId?: string;
            /** @description Validation only: each refused field */
            errors?: components["schemas"]["FieldError"][];
            /** @description `secondment_exceeds_contract` only: the day and the FTE of the clash, for a client to word as it wishes */
            clash?: components["schemas"]["ContractClashProblem"];
            /** @description Readiness only: the state of each dependency */
            checks?: Record<string, never>;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is serving HTTP */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
            /** @description Every dependency is up and the schema is migrated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A dependency is down, migrations are pending or the instance is shutting down; `checks` says which */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCurrentPrincipal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The principal behind your credentials */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentPrincipalResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: chief_executive, director, hr, democratic_services, scrutiny, commissioner, integrator, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listPrincipals: {
        parameters: {
            query?: {
                /** @description Records per page (1–100) */
                limit?: number;
                /** @description Records to skip before the page starts */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of principals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrincipalPage"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createPrincipal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePrincipalDto"];
            };
        };
        responses: {
            /** @description The principal created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrincipalResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Another principal was already invited by this email
             *
             *     Another action is in progress (for this partnership, or with this idempotency key)
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid fields, or an idempotency key reused with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPrincipal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The principal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrincipalResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No principal has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listPrincipalApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The principal’s keys */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyResponse"][];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No principal has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    issueApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueApiKeyDto"];
            };
        };
        responses: {
            /** @description The key issued, shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedApiKeyResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No principal has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Another action is in progress (for this partnership, or with this idempotency key) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid fields, or an idempotency key reused with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    disablePrincipal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The principal, now disabled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrincipalResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No principal has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Another action is in progress (for this partnership, or with this idempotency key) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid fields, or an idempotency key reused with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedApiKeyResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Another action is in progress (for this partnership, or with this idempotency key) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid fields, or an idempotency key reused with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listCouncils: {
        parameters: {
            query?: {
                /** @description Records per page (1–100) */
                limit?: number;
                /** @description Records to skip before the page starts */
                offset?: number;
                /** @description Only councils whose latest Ofsted judgement of children’s services is this */
                ofstedJudgement?: "outstanding" | "good" | "requires_improvement" | "inadequate";
                /** @description Only councils of this kind */
                type?: "county" | "unitary" | "metropolitan_district" | "london_borough";
                /** @description Only councils in this English region (exact name) */
                region?: string;
                /** @description Include abolished councils (default: no) */
                includeAbolished?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of councils, in name order, with the total that match */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilPage"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: chief_executive, director, hr, democratic_services, scrutiny, commissioner, integrator, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createCouncil: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCouncilDto"];
            };
        };
        responses: {
            /** @description The council added, at version 1 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description A council with this GSS code already exists
             *
             *     Another action is in progress (for this partnership, or with this idempotency key)
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid fields, or an idempotency key reused with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCouncil: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ONS/GSS code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The council */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: chief_executive, director, hr, democratic_services, scrutiny, commissioner, integrator, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No council has this GSS code */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateCouncil: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ONS/GSS code */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCouncilDto"];
            };
        };
        responses: {
            /** @description The council as changed, with its new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: admin, commissioner */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No council has this GSS code */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The council changed since you read it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    abolishCouncil: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description ONS/GSS code */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AbolishCouncilDto"];
            };
        };
        responses: {
            /** @description The abolition recorded, with how many partnerships and teams were transferred */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AbolitionResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No council has this GSS code */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Already abolished, or a team name clashes in the successor
             *
             *     Another action is in progress (for this partnership, or with this idempotency key)
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid fields, or an idempotency key reused with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getGovernanceSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ONS/GSS code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The council’s governance settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GovernanceSettingsResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: chief_executive, director, hr, democratic_services, scrutiny, commissioner, integrator, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No council has this GSS code */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateGovernanceSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ONS/GSS code */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateGovernanceSettingsDto"];
            };
        };
        responses: {
            /** @description The settings as changed, with their new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GovernanceSettingsResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: democratic_services, admin; and only for their own council */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No council has this GSS code */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The settings changed since you read them */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listTeams: {
        parameters: {
            query?: {
                /** @description Records per page (1–100) */
                limit?: number;
                /** @description Records to skip before the page starts */
                offset?: number;
                /** @description Defaults to your own council */
                councilCode?: string;
                /** @description Only teams in this council service */
                service?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of teams */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamPage"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: hr, chief_executive, director, commissioner, admin, integrator; and only for their own council’s records (another council’s answer 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createTeam: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTeamDto"];
            };
        };
        responses: {
            /** @description The team added, at version 1 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: hr, admin, integrator; and only for their own council */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Your council already has a team of this name
             *
             *     Another action is in progress (for this partnership, or with this idempotency key)
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid fields, or an idempotency key reused with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: hr, chief_executive, director, commissioner, admin, integrator; and only for their own council’s records (another council’s answer 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No team has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: hr, admin, integrator; and only for their own council’s records (another council’s answer 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No team has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The team still has staff */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTeamDto"];
            };
        };
        responses: {
            /** @description The team as changed, at the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: hr, admin, integrator; and only for their own council’s records (another council’s answer 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No team has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The team changed since you read it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listStaff: {
        parameters: {
            query?: {
                /** @description Records per page (1–100) */
                limit?: number;
                /** @description Records to skip before the page starts */
                offset?: number;
                /** @description Only staff of this team */
                teamId?: string;
                /** @description Only staff with this job role */
                role?: "social_worker" | "senior_practitioner" | "team_manager" | "service_manager" | "head_of_service" | "director" | "other";
                /** @description Defaults to your own council */
                councilCode?: string;
                /** @description Only staff employed on this day */
                employedOn?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of staff members */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberPage"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: hr, chief_executive, director, commissioner, admin, integrator; and only for their own council’s records (another council’s answer 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createStaffMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStaffMemberDto"];
            };
        };
        responses: {
            /** @description The staff member added, at version 1 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: hr, admin, integrator; and only for their own council’s records (another council’s answer 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Another action is in progress (for this partnership, or with this idempotency key) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid fields, or an idempotency key reused with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getStaffMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The staff member */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: hr, chief_executive, director, commissioner, admin, integrator; and only for their own council’s records (another council’s answer 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No staff member has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteStaffMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: hr, admin, integrator; and only for their own council’s records (another council’s answer 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No staff member has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateStaffMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStaffMemberDto"];
            };
        };
        responses: {
            /** @description The staff member as changed, at the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: hr, admin, integrator; and only for their own council’s records (another council’s answer 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No staff member has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The staff member changed since you read it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listSecondments: {
        parameters: {
            query?: {
                /** @description Records per page (1–100) */
                limit?: number;
                /** @description Records to skip before the page starts */
                offset?: number;
                /** @description Only secondments of this staff member */
                staffMemberId?: string;
                /** @description Only secondments to this partnership */
                partnershipId?: string;
                /** @description Only secondments with this status */
                status?: "proposed" | "approved" | "active" | "ended" | "cancelled";
                /** @description The lending council; defaults to your own */
                councilCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of secondments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondmentPage"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: hr, chief_executive, director, commissioner, admin, integrator; and only for their own council’s records (another council’s answer 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    proposeSecondment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeSecondmentDto"];
            };
        };
        responses: {
            /** @description The secondment proposed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondmentResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: hr, admin, integrator; and only for their own council’s records (another council’s answer 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The person’s seconded FTE would exceed their contracted FTE on some day (the first such day is named)
             *
             *     Another action is in progress (for this partnership, or with this idempotency key)
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid fields, or an idempotency key reused with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getSecondment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secondment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondmentResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: hr, chief_executive, director, commissioner, admin, integrator; and only for their own council’s records (another council’s answer 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No secondment has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    approveSecondment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secondment, now approved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondmentResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: hr, chief_executive, director, admin; and only for their own council’s records (another council’s answer 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No secondment has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The secondment is not in a status that allows this
             *
             *     Another action is in progress (for this partnership, or with this idempotency key)
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid fields, or an idempotency key reused with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    activateSecondment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secondment, now active */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondmentResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: hr, chief_executive, director, admin; and only for their own council’s records (another council’s answer 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No secondment has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The secondment is not in a status that allows this
             *
             *     Another action is in progress (for this partnership, or with this idempotency key)
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid fields, or an idempotency key reused with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    endSecondment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndSecondmentDto"];
            };
        };
        responses: {
            /** @description The secondment, now ended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondmentResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: hr, chief_executive, director, admin; and only for their own council’s records (another council’s answer 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No secondment has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The secondment is not in a status that allows this
             *
             *     Another action is in progress (for this partnership, or with this idempotency key)
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid fields, or an idempotency key reused with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    cancelSecondment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secondment, now cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondmentResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: hr, chief_executive, director, admin; and only for their own council’s records (another council’s answer 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No secondment has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The secondment is not in a status that allows this
             *
             *     Another action is in progress (for this partnership, or with this idempotency key)
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid fields, or an idempotency key reused with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCouncilCapacity: {
        parameters: {
            query: {
                /** @description First day counted */
                from: string;
                /** @description Last day counted (inclusive), on or after from and at most three years after it (else 422 `range_too_long`) */
                to: string;
                /** @description One point per calendar day, or one per week (Monday to Sunday; part weeks at the ends) reporting its worst day */
                granularity?: "day" | "week";
                /** @description Only this team of the council; left out, every team */
                teamId?: string;
            };
            header?: never;
            path: {
                /** @description ONS/GSS code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The council’s capacity timeline, team by team */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapacityTimelineResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: hr, chief_executive, director, commissioner, admin, integrator; and only for their own council */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    whatIfCouncilCapacity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ONS/GSS code */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatIfDto"];
            };
        };
        responses: {
            /** @description The council’s capacity timeline with the proposed secondments counted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapacityTimelineResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: hr, chief_executive, director, commissioner, admin, integrator; and only for their own council */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getLeadCouncilPortfolio: {
        parameters: {
            query: {
                /** @description First day of the weekly figures */
                from: string;
                /** @description Last day of the weekly figures (inclusive), on or after from */
                to: string;
                /** @description The day "now" means; defaults to today */
                today?: string;
            };
            header?: never;
            path: {
                /** @description ONS/GSS code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lead council’s portfolio */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: chief_executive, director, hr, commissioner, admin, integrator; and only for their own council */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    checkPartnershipCapacity: {
        parameters: {
            query?: {
                /** @description The check warns when a team’s headroom above its retention floor dips under this many FTE on any day */
                warnBelowFte?: number;
                /** @description Distance between the two councils’ headquarters (great-circle miles) above which travel is named as a risk */
                distanceThresholdMiles?: number;
            };
            header?: never;
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The outcome (pass, warn or fail), each team’s tightest day, and the risks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapacityCheckResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: chief_executive, director, hr, commissioner, admin, integrator; and only for a partnership their council leads */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listPartnerships: {
        parameters: {
            query?: {
                /** @description Records per page (1–100) */
                limit?: number;
                /** @description Records to skip before the page starts */
                offset?: number;
                /** @description Only partnerships in this stage */
                stage?: "draft" | "officer_review" | "capacity_check" | "cabinet_decision" | "call_in_window" | "sign_off" | "active" | "under_review" | "exiting" | "completed" | "rejected" | "withdrawn";
                /** @description Only partnerships led by this council (ONS code) */
                leadCouncilCode?: string;
                /** @description Only partnerships supporting this council (ONS code) */
                supportedCouncilCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of partnerships */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipPage"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: chief_executive, director, hr, democratic_services, scrutiny, commissioner, integrator, admin; and only for a partnership their council leads or receives (any other answers 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createPartnership: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePartnershipDto"];
            };
        };
        responses: {
            /** @description The draft partnership, at version 1 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: chief_executive, director, integrator, admin; and only for their own council */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Another action is in progress (for this partnership, or with this idempotency key) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid fields, or an idempotency key reused with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPartnership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The partnership in full */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipDetailResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: chief_executive, director, hr, democratic_services, scrutiny, commissioner, integrator, admin; and only for a partnership their council leads or receives (any other answers 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No partnership has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updatePartnership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePartnershipDto"];
            };
        };
        responses: {
            /** @description The draft as changed, at the new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: chief_executive, director, integrator, admin; and only for a partnership their council leads */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No partnership has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The partnership changed since you read it, or is no longer a draft */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPartnershipTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The partnership’s audit events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventResponse"][];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: chief_executive, director, hr, democratic_services, scrutiny, commissioner, integrator, admin; and only for a partnership their council leads or receives (any other answers 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No partnership has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    submitPartnership: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StageActionDto"];
            };
        };
        responses: {
            /** @description The partnership’s stage after the action, as its workflow decided */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageActionResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: chief_executive, director, integrator, admin; and only for a partnership their council leads */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No partnership has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Not allowed in the partnership’s current stage, already done, or another action is under way
             *
             *     Another action is in progress (for this partnership, or with this idempotency key)
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The action is allowed now but not as asked (field errors, quorum, exit conditions)
             *
             *     Invalid fields, or an idempotency key reused with a different request
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The workflow did not answer in time; nothing changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    withdrawPartnership: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StageActionDto"];
            };
        };
        responses: {
            /** @description The partnership’s stage after the action, as its workflow decided */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageActionResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: chief_executive, director, integrator, admin; and only for a partnership their council leads */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No partnership has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Not allowed in the partnership’s current stage, already done, or another action is under way
             *
             *     Another action is in progress (for this partnership, or with this idempotency key)
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The action is allowed now but not as asked (field errors, quorum, exit conditions)
             *
             *     Invalid fields, or an idempotency key reused with a different request
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The workflow did not answer in time; nothing changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    endorsePartnership: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StageActionDto"];
            };
        };
        responses: {
            /** @description The partnership’s stage after the action, as its workflow decided */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageActionResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: director, admin, integrator; and only for a partnership their council leads */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No partnership has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Not allowed in the partnership’s current stage, already done, or another action is under way
             *
             *     Another action is in progress (for this partnership, or with this idempotency key)
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The action is allowed now but not as asked (field errors, quorum, exit conditions)
             *
             *     Invalid fields, or an idempotency key reused with a different request
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The workflow did not answer in time; nothing changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    sendBackPartnership: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StageActionDto"];
            };
        };
        responses: {
            /** @description The partnership’s stage after the action, as its workflow decided */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageActionResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: director, chief_executive, admin; and only for a partnership their council leads */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No partnership has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Not allowed in the partnership’s current stage, already done, or another action is under way
             *
             *     Another action is in progress (for this partnership, or with this idempotency key)
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The action is allowed now but not as asked (field errors, quorum, exit conditions)
             *
             *     Invalid fields, or an idempotency key reused with a different request
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The workflow did not answer in time; nothing changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    overrideCapacityCheck: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OverrideCapacityDto"];
            };
        };
        responses: {
            /** @description The partnership’s stage after the action, as its workflow decided */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageActionResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: chief_executive; and only for a partnership their council leads */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No partnership has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Not allowed in the partnership’s current stage, already done, or another action is under way
             *
             *     Another action is in progress (for this partnership, or with this idempotency key)
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The action is allowed now but not as asked (field errors, quorum, exit conditions)
             *
             *     Invalid fields, or an idempotency key reused with a different request
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The workflow did not answer in time; nothing changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    recordCabinetDecision: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CabinetDecisionDto"];
            };
        };
        responses: {
            /** @description The partnership’s stage after the action, as its workflow decided */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageActionResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: democratic_services; and only for a partnership their council leads */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No partnership has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Not allowed in the partnership’s current stage, already done, or another action is under way
             *
             *     Another action is in progress (for this partnership, or with this idempotency key)
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The action is allowed now but not as asked (field errors, quorum, exit conditions)
             *
             *     Invalid fields, or an idempotency key reused with a different request
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The workflow did not answer in time; nothing changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    callInDecision: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallInDto"];
            };
        };
        responses: {
            /** @description The partnership’s stage after the action, as its workflow decided */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageActionResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: scrutiny; and only for a partnership their council leads */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No partnership has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Not allowed in the partnership’s current stage, already done, or another action is under way
             *
             *     Another action is in progress (for this partnership, or with this idempotency key)
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The action is allowed now but not as asked (field errors, quorum, exit conditions)
             *
             *     Invalid fields, or an idempotency key reused with a different request
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The workflow did not answer in time; nothing changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    recordScrutinyOutcome: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScrutinyOutcomeDto"];
            };
        };
        responses: {
            /** @description The partnership’s stage after the action, as its workflow decided */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageActionResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: scrutiny; and only for a partnership their council leads */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No partnership has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Not allowed in the partnership’s current stage, already done, or another action is under way
             *
             *     Another action is in progress (for this partnership, or with this idempotency key)
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The action is allowed now but not as asked (field errors, quorum, exit conditions)
             *
             *     Invalid fields, or an idempotency key reused with a different request
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The workflow did not answer in time; nothing changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    signPartnership: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StageActionDto"];
            };
        };
        responses: {
            /** @description The partnership’s stage after the action, as its workflow decided */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageActionResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: chief_executive; and only for a partnership their council leads or receives (any other answers 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No partnership has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Not allowed in the partnership’s current stage, already done, or another action is under way
             *
             *     Another action is in progress (for this partnership, or with this idempotency key)
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The action is allowed now but not as asked (field errors, quorum, exit conditions)
             *
             *     Invalid fields, or an idempotency key reused with a different request
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The workflow did not answer in time; nothing changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    requestPartnershipExit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestExitDto"];
            };
        };
        responses: {
            /** @description The partnership’s stage after the action, as its workflow decided */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageActionResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: chief_executive, commissioner, admin; and only for a partnership their council leads or receives (any other answers 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No partnership has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Not allowed in the partnership’s current stage, already done, or another action is under way
             *
             *     Another action is in progress (for this partnership, or with this idempotency key)
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The action is allowed now but not as asked (field errors, quorum, exit conditions)
             *
             *     Invalid fields, or an idempotency key reused with a different request
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The workflow did not answer in time; nothing changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    recordReviewAction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReviewDto"];
            };
        };
        responses: {
            /** @description The partnership’s stage after the action, as its workflow decided */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordedReviewResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: commissioner, chief_executive, director, admin; and only for a partnership their council leads or receives (any other answers 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No partnership has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Not allowed in the partnership’s current stage, already done, or another action is under way
             *
             *     Another action is in progress (for this partnership, or with this idempotency key)
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The action is allowed now but not as asked (field errors, quorum, exit conditions)
             *
             *     Invalid fields, or an idempotency key reused with a different request
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The workflow did not answer in time; nothing changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listPartnershipRisks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id (a UUID) */
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The partnership’s risks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskResponse"][];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: chief_executive, director, hr, democratic_services, scrutiny, commissioner, integrator, admin; and only for a partnership their council leads or receives (any other answers 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No partnership (or risk) has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    addPartnershipRisk: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The record’s id (a UUID) */
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRiskDto"];
            };
        };
        responses: {
            /** @description The risk added, at version 1 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: chief_executive, director, integrator, admin; and only for a partnership their council leads */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No partnership (or risk) has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Another action is in progress (for this partnership, or with this idempotency key) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid fields, or an idempotency key reused with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPartnershipRisk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id (a UUID) */
                partnershipId: string;
                /** @description The record’s id (a UUID) */
                riskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The risk as it stands */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: chief_executive, director, hr, democratic_services, scrutiny, commissioner, integrator, admin; and only for a partnership their council leads or receives (any other answers 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No partnership (or risk) has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updatePartnershipRisk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id (a UUID) */
                partnershipId: string;
                /** @description The record’s id (a UUID) */
                riskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRiskDto"];
            };
        };
        responses: {
            /** @description The risk as changed, at its new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: chief_executive, director, integrator, admin; and only for a partnership their council leads */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No partnership (or risk) has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The risk changed since you read it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listPartnershipReviews: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id (a UUID) */
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The partnership’s reviews */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResponse"][];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: chief_executive, director, hr, democratic_services, scrutiny, commissioner, integrator, admin; and only for a partnership their council leads or receives (any other answers 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No partnership (or risk) has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    recordPartnershipReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The record’s id (a UUID) */
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReviewDto"];
            };
        };
        responses: {
            /** @description The review recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: commissioner, chief_executive, director, admin; and only for a partnership their council leads or receives (any other answers 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No partnership (or risk) has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The partnership is not active or under review
             *
             *     Another action is in progress (for this partnership, or with this idempotency key)
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The review cannot be recorded as given (a date in the future, no findings)
             *
             *     Invalid fields, or an idempotency key reused with a different request
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listInbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller’s inbox */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: chief_executive, director, hr, democratic_services, scrutiny, commissioner, admin; and only for their own council’s records (another council’s answer 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listInterventions: {
        parameters: {
            query?: {
                /** @description Records per page (1–100) */
                limit?: number;
                /** @description Records to skip before the page starts */
                offset?: number;
                /** @description Only interventions in this council (GSS code) */
                supportedCouncilCode?: string;
                /** @description `true`: only interventions whose direction is not yet lifted; `false` or left out: all */
                active?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of interventions, with the total that match */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionPage"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: chief_executive, director, hr, democratic_services, scrutiny, commissioner, integrator, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createIntervention: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInterventionDto"];
            };
        };
        responses: {
            /** @description The intervention recorded, at version 1 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: commissioner, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Another action is in progress (for this partnership, or with this idempotency key) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid fields, or an idempotency key reused with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getIntervention: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The intervention */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: chief_executive, director, hr, democratic_services, scrutiny, commissioner, integrator, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No intervention has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateIntervention: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateInterventionDto"];
            };
        };
        responses: {
            /** @description The intervention as changed, with its new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: commissioner, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No intervention has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The intervention changed since you read it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listDecisionRecords: {
        parameters: {
            query?: {
                /** @description Records per page (1–100) */
                limit?: number;
                /** @description Records to skip before the page starts */
                offset?: number;
                /** @description Only decisions of this council (GSS code) */
                councilCode?: string;
                /** @description Only decisions on this partnership */
                partnershipId?: string;
                /** @description Only decisions with this status */
                status?: "recommendations_approved" | "approved" | "rejected" | "deferred" | "called_in";
                /** @description Only decisions taken on or after this day */
                decidedFrom?: string;
                /** @description Only decisions taken on or before this day */
                decidedTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of decision records, newest first, with the total that match */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionRecordPage"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: chief_executive, director, hr, democratic_services, scrutiny, commissioner, integrator, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createDecisionRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDecisionRecordDto"];
            };
        };
        responses: {
            /** @description The decision record, with its call-in deadline and effective date */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionRecordResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: democratic_services, admin; and only for their own council */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Another action is in progress (for this partnership, or with this idempotency key) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid fields, or an idempotency key reused with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getDecisionRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The decision record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionRecordResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: chief_executive, director, hr, democratic_services, scrutiny, commissioner, integrator, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No decision record has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateDecisionRecordStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDecisionRecordDto"];
            };
        };
        responses: {
            /** @description The decision record as changed, with its new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionRecordResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: democratic_services, admin; and only for their own council */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No decision record has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The record changed since you read it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getDecisionPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The decision details page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No decision record has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPublishedDecisionsFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ONS/GSS code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An Atom 1.0 feed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No council has this code */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Records per page (1–100) */
                limit?: number;
                /** @description Records to skip before the page starts */
                offset?: number;
                /** @description Only events about records of this type (`partnership`, `council`, `decision_record`, `secondment`, …) */
                targetType?: string;
                /** @description Only events about the record with this id (a UUID, or a GSS code for a council) */
                targetId?: string;
                /** @description Only events done by this principal */
                actorPrincipalId?: string;
                /** @description Only events touching this council (GSS code). A council-bound caller may name only their own council (else 403) and sees only its events anyway */
                councilCode?: string;
                /** @description Only events at or after this instant (inclusive) */
                from?: string;
                /** @description Only events before this instant (exclusive) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit events, oldest first, with the total that match */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: chief_executive, director, commissioner, admin, integrator; and only for their own council’s records (another council’s answer 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getAuditEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s sequence number, as a string of digits */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audit event */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: chief_executive, director, commissioner, admin, integrator; and only for their own council’s records (another council’s answer 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No audit event has this number, or it touches no council of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description The `next` cursor of the page read before; left out, the feed starts from its first event */
                after?: string;
                /** @description Most events in one page (1–500); a page may hold fewer */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The next events after the cursor (possibly none) and the cursor to read on from */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainEventPage"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: chief_executive, director, hr, democratic_services, scrutiny, commissioner, integrator, admin; and only for their own council’s records (another council’s answer 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listWebhookSubscriptions: {
        parameters: {
            query?: {
                /** @description Records per page (1–100) */
                limit?: number;
                /** @description Records to skip before the page starts */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of subscriptions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionPage"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: integrator, admin; and only for their own council’s records (another council’s answer 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createWebhookSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookSubscriptionDto"];
            };
        };
        responses: {
            /** @description The subscription, with its signing secret */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookSubscriptionResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: integrator, admin; and only for their own council */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Another action is in progress (for this partnership, or with this idempotency key) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The URL leads to a private, loopback or reserved address, or resolves to none
             *
             *     Invalid fields, or an idempotency key reused with a different request
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: integrator, admin; and only for their own council’s records (another council’s answer 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No webhook subscription has this id (or it is another council’s) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: integrator, admin; and only for their own council’s records (another council’s answer 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No webhook subscription has this id (or it is another council’s) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookSubscriptionDto"];
            };
        };
        responses: {
            /** @description The subscription as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: integrator, admin; and only for their own council’s records (another council’s answer 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No webhook subscription has this id (or it is another council’s) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The subscription changed since you read it (stale version) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The URL leads to a private, loopback or reserved address, or resolves to none */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RotateWebhookSecretDto"];
            };
        };
        responses: {
            /** @description The new secret and when the old one stops signing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotatedWebhookSecretResponse"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: integrator, admin; and only for their own council’s records (another council’s answer 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No webhook subscription has this id (or it is another council’s) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Another action is in progress (for this partnership, or with this idempotency key) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid fields, or an idempotency key reused with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Records per page (1–100) */
                limit?: number;
                /** @description Records to skip before the page starts */
                offset?: number;
            };
            header?: never;
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the delivery log */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryAttemptPage"];
                };
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: integrator, admin; and only for their own council’s records (another council’s answer 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No webhook subscription has this id (or it is another council’s) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    redeliverWebhookEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible characters). Repeating the request with the same key and body replays the first response; the same key with a different body is refused with 422; a repeat while the first is still running gets 409 `idempotency_request_in_progress` at once, with Retry-After; a repeat after the first one's process died runs it again, safely. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The record’s id (a UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedeliverWebhookEventDto"];
            };
        };
        responses: {
            /** @description Queued for delivery */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request could not be read: malformed JSON, or a path or query value of the wrong shape (such as an id that is not a UUID) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No API key, or an unknown, expired or revoked one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Allowed only to: integrator, admin; and only for their own council’s records (another council’s answer 404) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such subscription, or the event is not one it receives */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Another action is in progress (for this partnership, or with this idempotency key) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid fields, or an idempotency key reused with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this principal or client address; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a request would be admitted */
                    "Retry-After"?: number;
                    /** @description IETF RateLimit-Policy: each budget, e.g. "per-principal";q=600;w=60 */
                    "RateLimit-Policy"?: string;
                    /** @description IETF RateLimit: what is left of each budget and the seconds until it is whole, e.g. "per-principal";r=0;t=60 */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
