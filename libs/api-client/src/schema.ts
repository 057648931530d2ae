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
         * Readiness: PostgreSQL and Temporal reachable, migrations applied
         * @description Whether this instance can serve requests now; a load balancer sends traffic only while it answers 200. No key needed.
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
        /** Prometheus metrics of this API process and the business gauges (partnerships by stage, teams below floor, …) */
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
        /** Who the presented API key or access token acts as */
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
        /** List people and service accounts, with when each person last signed in */
        get: operations["listPrincipals"];
        put?: never;
        /** Create a person or service account with a role and council */
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
        /** One person or service account: name, kind, role and council */
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
        /** The API keys of a principal, newest first, revoked and expired ones included; never the keys themselves */
        get: operations["listPrincipalApiKeys"];
        put?: never;
        /** Issue an API key for a principal; the key is shown once */
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
        /** Disable a person or service account at once: their API keys and access tokens stop working */
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
        /** Revoke an API key at once */
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
        /** List councils, filtered by Ofsted judgement, type or region */
        get: operations["listCouncils"];
        put?: never;
        /** Add a council */
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
        /** Read one council */
        get: operations["getCouncil"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a council (e.g. a new Ofsted judgement), given the version you read */
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
        /** Abolish a council in a reorganisation: name its successors; open partnerships, teams and staff pass to one of them */
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
        /** Call-in period and quorum, key-decision threshold, sign-off reminders */
        get: operations["getGovernanceSettings"];
        /** Set your council’s governance, given the version you read */
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
        /** List your council’s teams, with establishment and retention floor */
        get: operations["listTeams"];
        put?: never;
        /** Add a team to your council (HR) */
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
        /** Read one team */
        get: operations["getTeam"];
        put?: never;
        post?: never;
        /** Delete an empty team */
        delete: operations["deleteTeam"];
        options?: never;
        head?: never;
        /** Change a team’s name, establishment or floor, given the version you read */
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
        /** List your council’s staff, by team, role or the day they are employed */
        get: operations["listStaff"];
        put?: never;
        /** Add a staff member to one of your council’s teams (HR) */
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
        /** Read one staff member */
        get: operations["getStaffMember"];
        put?: never;
        post?: never;
        /** Remove a staff member entered in error (a leaver gets an employment end instead) */
        delete: operations["deleteStaffMember"];
        options?: never;
        head?: never;
        /** Change a staff member (FTE, role, team, leaving date), given the version you read */
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
        /** Secondments of your council’s staff, by person, partnership or status */
        get: operations["listSecondments"];
        put?: never;
        /** Propose lending a staff member to a partnership; refused if it would exceed their contract on any day */
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
        /** One secondment */
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
        /** Approve a proposed secondment */
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
        /** Start an approved secondment */
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
        /** End an active secondment, on its planned end or earlier; capacity returns */
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
        /** Cancel a secondment that has not started */
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
        /** Home FTE per team by day or week: establishment, floor, seconded out, headroom, breaches */
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
        /** The same timeline with proposed secondments added; nothing is saved */
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
        /** Every partnership the council leads and the staff FTE each takes, today and week by week */
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
        /** The lead council’s capacity over the partnership’s period with its proposed secondments: pass, warn or fail, and risks */
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
        /** List the partnerships your council leads or receives, newest first */
        get: operations["listPartnerships"];
        put?: never;
        /** Create a draft partnership led by your council and start its workflow */
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
        /** Read one partnership: its stage, who must act next and by when, its decision record, due dates and timeline */
        get: operations["getPartnership"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a draft’s terms, given the version you read (lead council) */
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
        /** Everything that happened to the partnership, oldest first, with who did it */
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
        /** Submit a draft for officer review (lead council) */
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
        /** Withdraw a partnership that is not yet active (lead council) */
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
        /** Director of children’s services endorses: on to the capacity check */
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
        /** Send back to draft with comments (officer review, or a failed capacity check) */
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
        /** Chief executive sends a failed capacity check on to Cabinet, with the reason recorded */
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
        /** Democratic services record the Cabinet decision: on to the call-in window, or sign-off when not subject to call-in */
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
        /** Scrutiny calls the decision in within the call-in period, named members at least the council’s quorum */
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
        /** Scrutiny releases the called-in decision, or refers it back to Cabinet */
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
        /** A chief executive signs for their own council; when both have signed, the partnership is active */
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
        /** Record a periodic or commissioner review of an active partnership; a review that was due makes it active again */
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
        /** The partnership’s risk register */
        get: operations["listPartnershipRisks"];
        put?: never;
        /** Add a risk to the register (lead council) */
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
        /** One risk of the partnership’s register, with the version to send when re-rating it */
        get: operations["getPartnershipRisk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Re-rate or re-mitigate a risk, given the version you read (lead council) */
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
        /** Reviews of the partnership, oldest first */
        get: operations["listPartnershipReviews"];
        put?: never;
        /** Record a review of an active partnership with its RAG rating (as the record-review action; answers the review) */
        post: operations["recordPartnershipReview"];
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
        /** DfE interventions, by supported council, optionally only those still in force */
        get: operations["listInterventions"];
        put?: never;
        /** Record a DfE intervention (commissioners) */
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
        /** One intervention: trigger, direction, commissioner, review and report */
        get: operations["getIntervention"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Record the review, report, recommendation or lifting of the direction */
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
        /** Decision records, newest first, by council, partnership, status and date */
        get: operations["listDecisionRecords"];
        put?: never;
        /** Record a decision of your council; the call-in deadline follows from its governance settings */
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
        /** One decision record; exempt text only for the deciding council */
        get: operations["getDecisionRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a decision’s status (e.g. called in), given the version you read */
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
        /** Who did what to which record and when, filtered by target, actor, council and time */
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
        /** One audit event: who did what to which record, when, and what it was before and after */
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
        /** The domain events of your council, oldest first, from a cursor; poll with `next` and no event is ever skipped */
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
        /** Your council’s webhook subscriptions (secrets are never shown again) */
        get: operations["listWebhookSubscriptions"];
        put?: never;
        /** Subscribe an endpoint to some event types of a council; the signing secret is answered this once */
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
        /** One webhook subscription, with its status */
        get: operations["getWebhookSubscription"];
        put?: never;
        post?: never;
        /** Stop sending to this endpoint and forget its delivery log */
        delete: operations["deleteWebhookSubscription"];
        options?: never;
        head?: never;
        /** Change the URL, event types or description, or resume a failing subscription from the event that failed */
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
        /** A new signing secret, answered this once; the old one also signs until the overlap ends */
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
        /** Every delivery attempt, oldest first: status code, latency and error */
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
        /** Send an event again, before any new one, with the same webhook-id */
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
             * @description The dependencies that are up, by name (database, migrations, temporal)
             * @example {
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
        CurrentPrincipalResponse: {
            /** Format: uuid */
            id: string;
            /** @example Chief Executive, Hampshire County Council */
            name: string;
            /**
             * @example chief_executive
             * @enum {string}
             */
            role: "chief_executive" | "director" | "hr" | "democratic_services" | "scrutiny" | "commissioner" | "integrator" | "admin";
            /** @example E10000014 */
            councilCode?: string | null;
            /** @example [] */
            scopes: ("partnerships:read" | "partnerships:write" | "workforce:read" | "workforce:write" | "audit:read" | "events:read" | "webhooks:write")[];
        };
        CreatePrincipalDto: {
            /** @example Hampshire HR integration */
            name: string;
            /**
             * @example service_account
             * @enum {string}
             */
            kind: "person" | "service_account";
            /**
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
        PrincipalResponse: {
            /** Format: uuid */
            id: string;
            /** @example Hampshire HR integration */
            name: string;
            /** @enum {string} */
            kind: "person" | "service_account";
            /**
             * @example integrator
             * @enum {string}
             */
            role: "chief_executive" | "director" | "hr" | "democratic_services" | "scrutiny" | "commissioner" | "integrator" | "admin";
            /** @example E10000014 */
            councilCode?: string | null;
            /** Format: date-time */
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
        IssuedApiKeyResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
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
            scopes: ("partnerships:read" | "partnerships:write" | "workforce:read" | "workforce:write" | "audit:read" | "events:read" | "webhooks:write")[];
            /** Format: date-time */
            expiresAt?: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        RevokedApiKeyResponse: {
            /** Format: uuid */
            id: string;
            /** @example k3v7q2m4x9ab */
            prefix: string;
            /** Format: date-time */
            revokedAt: string;
        };
        HeadquartersDto: {
            /** @example 51.0632 */
            latitude: number;
            /** @example -1.319 */
            longitude: number;
        };
        OfstedJudgementDto: {
            /**
             * @example inadequate
             * @enum {string}
             */
            judgement: "outstanding" | "good" | "requires_improvement" | "inadequate";
            /**
             * Format: date
             * @example 2017-11-24
             */
            date: string;
            /**
             * @description True when the judgement or its date is illustrative, not from the public record
             * @example false
             */
            illustrative: boolean;
        };
        SavingsProgrammeDto: {
            /** @example Transformation to 2019 (T19) */
            name: string;
            /**
             * @description Target in pence (integer): £140m
             * @example 14000000000
             */
            targetPence: number;
            /**
             * Format: date
             * @example 2019-03-31
             */
            endDate: string;
        };
        CouncilResponse: {
            /** @example E10000014 */
            code: string;
            /** @example Hampshire County Council */
            name: string;
            /**
             * @example county
             * @enum {string}
             */
            type: "county" | "unitary" | "metropolitan_district" | "london_borough";
            /** @example South East */
            region: string;
            hq?: components["schemas"]["HeadquartersDto"] | null;
            ofsted?: components["schemas"]["OfstedJudgementDto"] | null;
            savingsProgramme?: components["schemas"]["SavingsProgrammeDto"] | null;
            /**
             * Format: date
             * @example null
             */
            abolishedOn?: string | null;
            /**
             * @description Successor councils, once abolished
             * @example []
             */
            successorCodes: string[];
            /** @example 1 */
            version: number;
        };
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
            items: components["schemas"]["CouncilResponse"][];
        };
        CreateCouncilDto: {
            /**
             * @description ONS/GSS code, unique
             * @example E06000027
             */
            code: string;
            /** @example Torbay Council */
            name: string;
            /**
             * @example unitary
             * @enum {string}
             */
            type: "county" | "unitary" | "metropolitan_district" | "london_borough";
            /** @example South West */
            region: string;
            hq?: components["schemas"]["HeadquartersDto"];
            ofsted?: components["schemas"]["OfstedJudgementDto"];
            savingsProgramme?: components["schemas"]["SavingsProgrammeDto"];
        };
        UpdateCouncilDto: {
            /**
             * @description The version you read; a stale one is refused with 409
             * @example 3
             */
            version: number;
            /** @example Torbay Council */
            name?: string;
            /** @enum {string} */
            type?: "county" | "unitary" | "metropolitan_district" | "london_borough";
            /** @example South West */
            region?: string;
            hq?: components["schemas"]["HeadquartersDto"] | null;
            ofsted?: components["schemas"]["OfstedJudgementDto"] | null;
            savingsProgramme?: components["schemas"]["SavingsProgrammeDto"] | null;
        };
        AbolishCouncilDto: {
            /**
             * Format: date
             * @description First day the successor(s) exist
             * @example 2020-04-01
             */
            effectiveFrom: string;
            /**
             * @description GSS codes of the successor council(s), which must already exist
             * @example [
             *       "E06000060"
             *     ]
             */
            successorCodes: string[];
            /**
             * @description The successor that takes over the open partnerships, teams and staff
             * @example E06000060
             */
            transferTo: string;
        };
        AbolitionResponse: {
            /** @example E10000002 */
            code: string;
            /**
             * Format: date
             * @example 2020-04-01
             */
            abolishedOn: string;
            /**
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
        GovernanceSettingsResponse: {
            /** @example E10000014 */
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
            /** @example 5 */
            signOffReminderWorkingDays: number;
            /** @example 10 */
            signOffEscalationWorkingDays: number;
            /** @example 1 */
            version: number;
        };
        UpdateGovernanceSettingsDto: {
            /**
             * @description The version you read; a stale one is refused with 409
             * @example 1
             */
            version: number;
            /** @example 10 */
            callInPeriodWorkingDays: number;
            /** @example 5 */
            callInQuorum: number;
            /**
             * @description Pence (£250k)
             * @example 25000000
             */
            keyDecisionThresholdPence: number;
            /** @example 5 */
            signOffReminderWorkingDays: number;
            /**
             * @description Must come after the reminder
             * @example 10
             */
            signOffEscalationWorkingDays: number;
        };
        TeamResponse: {
            /** Format: uuid */
            id: string;
            /** @example E10000014 */
            councilCode: string;
            /** @example Children in Care, Winchester */
            name: string;
            /** @example children_services */
            service: string;
            /** @example 24.5 */
            establishmentFte: number;
            /** @example 0.85 */
            retentionFloor: number;
            /** @example 1 */
            version: number;
        };
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
            items: components["schemas"]["TeamResponse"][];
        };
        CreateTeamDto: {
            /** @example E10000014 */
            councilCode: string;
            /** @example Children in Care, Winchester */
            name: string;
            /**
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
        UpdateTeamDto: {
            /**
             * @description The version you read; a stale one is refused with 409
             * @example 1
             */
            version: number;
            /** @example Children in Care, Winchester */
            name?: string;
            /** @example 26 */
            establishmentFte?: number;
            /** @example 0.8 */
            retentionFloor?: number;
        };
        StaffMemberResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            teamId: string;
            /** @example Synthetic Worker 042 */
            displayName: string;
            /**
             * @example senior_practitioner
             * @enum {string}
             */
            role: "social_worker" | "senior_practitioner" | "team_manager" | "service_manager" | "head_of_service" | "director" | "other";
            /** @example 0.8 */
            contractedFte: number;
            /**
             * Format: date
             * @example 2015-09-01
             */
            employmentStart: string;
            /**
             * Format: date
             * @example null
             */
            employmentEnd?: string | null;
            /** @example 1 */
            version: number;
        };
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
            items: components["schemas"]["StaffMemberResponse"][];
        };
        CreateStaffMemberDto: {
            /** Format: uuid */
            teamId: string;
            /** @example Synthetic Worker 042 */
            displayName: string;
            /**
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
             * @example 2015-09-01
             */
            employmentStart: string;
            /**
             * Format: date
             * @example null
             */
            employmentEnd?: string | null;
        };
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
            /** @example Synthetic Worker 042 */
            displayName?: string;
            /** @enum {string} */
            role?: "social_worker" | "senior_practitioner" | "team_manager" | "service_manager" | "head_of_service" | "director" | "other";
            /** @example 0.6 */
            contractedFte?: number;
            /**
             * Format: date
             * @description A leaver’s last day; null clears it
             * @example 2026-03-31
             */
            employmentEnd?: string | null;
        };
        ProposeSecondmentDto: {
            /** Format: uuid */
            staffMemberId: string;
            /** Format: uuid */
            partnershipId: string;
            /**
             * @description Share of the person’s time, in FTE (up to 3 decimals)
             * @example 0.4
             */
            fte: number;
            /**
             * Format: date
             * @example 2018-05-01
             */
            start: string;
            /**
             * Format: date
             * @example 2019-04-30
             */
            end: string;
            /** @enum {string} */
            rechargeKind?: "day_rate" | "salary_share";
            /**
             * @description Day rate in pence (£450), required with a day-rate recharge
             * @example 45000
             */
            rechargeDayRatePence?: number;
        };
        SecondmentResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            staffMemberId: string;
            /** Format: uuid */
            partnershipId: string;
            /** @example 0.4 */
            fte: number;
            /**
             * Format: date
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
             * @example proposed
             * @enum {string}
             */
            status: "proposed" | "approved" | "active" | "ended" | "cancelled";
            rechargeKind?: string | null;
            rechargeDayRatePence?: number | null;
            /** @example 1 */
            version: number;
        };
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
            items: components["schemas"]["SecondmentResponse"][];
        };
        EndSecondmentDto: {
            /**
             * Format: date
             * @description Last day; defaults to the planned end
             * @example 2019-01-31
             */
            endedOn?: string;
        };
        DateRangeDto: {
            /** Format: date */
            start: string;
            /** Format: date */
            end: string;
        };
        CapacityPoint: {
            /**
             * Format: date
             * @description The day, or the Monday of the week
             * @example 2018-05-07
             */
            date: string;
            /** @example 48 */
            establishmentFte: number;
            /** @example 40.8 */
            floorFte: number;
            /** @example 44.2 */
            contractedFte: number;
            /** @example 1.5 */
            secondedOutFte: number;
            /** @example 42.7 */
            homeFte: number;
            /**
             * @description Home FTE above the floor; negative below it
             * @example 1.9
             */
            headroomFte: number;
            /** @example false */
            belowFloor: boolean;
        };
        TeamCapacityResponse: {
            /** Format: uuid */
            teamId: string;
            /** @example Assessment and Intervention, Basingstoke */
            teamName: string;
            /** @description Days below the retention floor, merged into ranges */
            breaches: components["schemas"]["DateRangeDto"][];
            points: components["schemas"]["CapacityPoint"][];
        };
        CapacityTimelineResponse: {
            /** @example E10000014 */
            councilCode: string;
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /** @enum {string} */
            granularity: "day" | "week";
            teams: components["schemas"]["TeamCapacityResponse"][];
        };
        ProposedSecondmentDto: {
            /** Format: uuid */
            staffMemberId: string;
            /** @example 0.5 */
            fte: number;
            /**
             * Format: date
             * @example 2018-06-01
             */
            start: string;
            /**
             * Format: date
             * @example 2019-05-31
             */
            end: string;
        };
        WhatIfDto: {
            /**
             * Format: date
             * @example 2018-05-01
             */
            from: string;
            /**
             * Format: date
             * @description At most three years after from
             * @example 2020-04-30
             */
            to: string;
            /**
             * @description A week reports its worst day
             * @default week
             * @enum {string}
             */
            granularity?: "day" | "week";
            /** Format: uuid */
            teamId?: string;
            /** @description Secondments to add to the picture; nothing is saved */
            proposed: components["schemas"]["ProposedSecondmentDto"][];
        };
        PortfolioWeek: {
            /**
             * Format: date
             * @example 2019-01-07
             */
            weekStart: string;
            /**
             * @description Peak seconded FTE in the week
             * @example 2.4
             */
            fte: number;
        };
        PortfolioPartnership: {
            /** Format: uuid */
            partnershipId: string;
            title: string;
            /** @example E10000002 */
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
            weekly: components["schemas"]["PortfolioWeek"][];
        };
        PortfolioResponse: {
            /** @example E10000014 */
            councilCode: string;
            /** Format: date */
            today: string;
            /**
             * @description All partnerships together, today
             * @example 3.1
             */
            totalFteNow: number;
            partnerships: components["schemas"]["PortfolioPartnership"][];
        };
        TeamCheckResponse: {
            /** Format: uuid */
            teamId: string;
            teamName: string;
            /** @example 0.8 */
            minimumHeadroomFte: number;
            /** Format: date */
            minimumOn: string;
            breaches: components["schemas"]["DateRangeDto"][];
        };
        CapacityRiskResponse: {
            /** @enum {string} */
            category: "travel_distance" | "savings_programme";
            /** @example the councils’ headquarters are 57 miles apart as the crow flies */
            detail: string;
        };
        CapacityCheckResponse: {
            /**
             * @example warn
             * @enum {string}
             */
            outcome: "pass" | "warn" | "fail";
            period: components["schemas"]["DateRangeDto"];
            teams: components["schemas"]["TeamCheckResponse"][];
            risks: components["schemas"]["CapacityRiskResponse"][];
            /** @example 57 */
            distanceMiles?: number | null;
        };
        CreatePartnershipDto: {
            /** @example Hampshire support for Buckinghamshire children’s services */
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
             * @example 2018-05-01
             */
            plannedStart: string;
            /**
             * Format: date
             * @example 2022-03-31
             */
            plannedEnd: string;
            /**
             * @default improvement_partner
             * @enum {string}
             */
            kind?: "improvement_adviser" | "improvement_partner" | "peer_support";
            /** @example Leadership, practice improvement and quality assurance support */
            scope?: string;
            /**
             * Format: uuid
             * @description The DfE intervention this partnership answers, if any
             */
            interventionId?: string;
            /** @enum {string} */
            fundingKind?: "grant" | "recharge" | "grant_and_recharge";
            /**
             * @description Funding in integer pence (£450,000)
             * @example 45000000
             */
            fundingAmountPence?: number;
        };
        NextActionResponse: {
            /**
             * @description Roles that can move the partnership on
             * @example [
             *       "director"
             *     ]
             */
            by: string[];
            /**
             * @example lead
             * @enum {string}
             */
            council: "lead" | "supported" | "either" | "none";
            /** @example endorse, or send back with comments */
            action: string;
            /**
             * Format: date
             * @description By when, where a rule or a clock sets it (in the single-partnership read)
             * @example 2018-04-23
             */
            dueBy?: string | null;
        };
        PartnershipResponse: {
            /**
             * Format: uuid
             * @example 0d6f9f3e-3f2a-4d55-9a3c-5b7d0f4f1e21
             */
            id: string;
            /** @example Hampshire support for Buckinghamshire children’s services */
            title: string;
            /** @example E10000014 */
            leadCouncilCode: string;
            /** @example E10000002 */
            supportedCouncilCode: string;
            /**
             * Format: date
             * @example 2018-05-01
             */
            plannedStart: string;
            /**
             * Format: date
             * @example 2022-03-31
             */
            plannedEnd: string;
            /**
             * @description Mirrors the partnership workflow
             * @example draft
             * @enum {string}
             */
            stage: "draft" | "officer_review" | "capacity_check" | "cabinet_decision" | "call_in_window" | "sign_off" | "active" | "under_review" | "exiting" | "completed" | "rejected" | "withdrawn";
            /** @example partnership-0d6f9f3e-3f2a-4d55-9a3c-5b7d0f4f1e21 */
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
            scope?: string | null;
            /** Format: uuid */
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
             * @example 2026-11-24T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-24T09:00:00.000Z
             */
            updatedAt: string;
        };
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
            items: components["schemas"]["PartnershipResponse"][];
        };
        ConcernDto: {
            /** @example Buckinghamshire is about 80 miles away */
            concern: string;
            /** @example Hybrid working and a travel budget; support is time-limited */
            answer: string;
        };
        DecisionRecordResponse: {
            /** Format: uuid */
            id: string;
            /** @example E10000014 */
            councilCode: string;
            /** Format: uuid */
            partnershipId?: string | null;
            /** @example Improvement partnership with Buckinghamshire County Council */
            title: string;
            /**
             * @description Who took the decision under the council’s constitution
             * @example cabinet
             * @enum {string}
             */
            decisionMaker: "cabinet" | "cabinet_member" | "officer";
            decisionMakerName?: string | null;
            /** @example Cabinet */
            meetingName?: string | null;
            /** Format: date */
            meetingDate?: string | null;
            decisionText: string;
            /** @enum {string} */
            status: "recommendations_approved" | "approved" | "rejected" | "deferred" | "called_in";
            /** @example false */
            isKeyDecision: boolean;
            keyDecisionReason?: string | null;
            /** @example false */
            subjectToCallIn: boolean;
            urgencyRoute?: string | null;
            /** @example [] */
            wardsAffected: string[];
            /** Format: date */
            forwardPlanFirstPublished?: string | null;
            /**
             * Format: date
             * @example 2018-04-16
             */
            decisionDate: string;
            /**
             * Format: date
             * @example 2018-04-16
             */
            publicationDate: string;
            /**
             * Format: date
             * @description Publication + the council’s call-in period in working days
             */
            callInDeadline?: string | null;
            /**
             * Format: date
             * @example 2018-04-16
             */
            effectiveFrom?: string | null;
            /** @example null */
            exemptParagraph?: number | null;
            /** @description Null for readers outside the deciding council */
            exemptInformation?: string | null;
            /**
             * @description True when exempt text exists but this reader may not see it
             * @example false
             */
            exemptInformationWithheld: boolean;
            /** @description The reasons for the decision */
            reasons?: string | null;
            /** @description The alternative options considered and rejected */
            alternativeOptions?: string | null;
            /** @description Conflicts of interest declared, and any dispensation */
            interestsDeclared?: string | null;
            concerns: components["schemas"]["ConcernDto"][];
            /** @example 1 */
            version: number;
        };
        SignatureResponse: {
            /** @example E10000002 */
            councilCode: string;
            /** @example Chief Executive, Buckinghamshire County Council */
            signedBy: string;
            /** Format: date-time */
            signedAt: string;
        };
        DueDateResponse: {
            /**
             * @example periodic_review
             * @enum {string}
             */
            kind: "periodic_review" | "commissioner_review" | "action_plan" | "monitoring_visit";
            /**
             * Format: date
             * @example 2018-08-01
             */
            dueOn: string;
            /**
             * Format: date
             * @example 2018-07-25
             */
            remindOn?: string | null;
            /** @example Periodic review due */
            label: string;
            /**
             * @example upcoming
             * @enum {string}
             */
            status: "upcoming" | "reminded" | "due" | "met" | "cancelled";
        };
        AuditEventResponse: {
            /**
             * @description Increasing sequence number
             * @example 42
             */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            /**
             * @description Who acted, and how they proved it: `api_key`, `access_token <issuer>`, or null for Accord itself
             * @example {
             *       "principalId": "5b1c…",
             *       "name": "Chief Executive, Hampshire",
             *       "role": "chief_executive",
             *       "councilCode": "E10000014",
             *       "authenticatedBy": "access_token https://login.microsoftonline.com/0c4f…/v2.0"
             *     }
             */
            actor: Record<string, never>;
            /**
             * @description What happened, as `<record type>.<event>`
             * @example partnership.stage_changed
             * @enum {string}
             */
            action: "api_key.issued" | "api_key.revoked" | "council.abolished" | "council.created" | "council.updated" | "decision_record.called_in" | "decision_record.created" | "decision_record.released" | "decision_record.status_changed" | "governance_settings.updated" | "intervention.created" | "intervention.updated" | "partnership.capacity_checked" | "partnership.council_succeeded" | "partnership.created" | "partnership.direction_lifted" | "partnership.due_date_reached" | "partnership.due_date_reminder" | "partnership.secondments_ended" | "partnership.secondments_in_step" | "partnership.sign_off_escalated" | "partnership.sign_off_reminder" | "partnership.signed" | "partnership.stage_changed" | "partnership.supported_council_rejudged" | "partnership.updated" | "principal.created" | "principal.disabled" | "principal.sign_in_bound" | "review.recorded" | "risk.recorded" | "risk.updated" | "secondment.active" | "secondment.approved" | "secondment.cancelled" | "secondment.ended" | "secondment.proposed" | "staff_member.created" | "staff_member.deleted" | "staff_member.updated" | "team.council_succeeded" | "team.created" | "team.deleted" | "team.updated" | "webhook_subscription.created" | "webhook_subscription.deleted" | "webhook_subscription.secret_rotated" | "webhook_subscription.updated";
            /**
             * @example {
             *       "type": "partnership",
             *       "id": "0d6f9f3e-3f2a-4d55-9a3c-5b7d0f4f1e21",
             *       "councilCodes": [
             *         "E10000014",
             *         "E10000002"
             *       ]
             *     }
             */
            target: Record<string, never>;
            /**
             * @example {
             *       "stage": "draft"
             *     }
             */
            before?: Record<string, never> | null;
            /**
             * @example {
             *       "stage": "officer_review"
             *     }
             */
            after?: Record<string, never> | null;
            requestId?: string | null;
            /** @example partnership-0d6f9f3e-3f2a-4d55-9a3c-5b7d0f4f1e21 */
            workflowId?: string | null;
            runId?: string | null;
        };
        PartnershipDetailResponse: {
            /**
             * Format: uuid
             * @example 0d6f9f3e-3f2a-4d55-9a3c-5b7d0f4f1e21
             */
            id: string;
            /** @example Hampshire support for Buckinghamshire children’s services */
            title: string;
            /** @example E10000014 */
            leadCouncilCode: string;
            /** @example E10000002 */
            supportedCouncilCode: string;
            /**
             * Format: date
             * @example 2018-05-01
             */
            plannedStart: string;
            /**
             * Format: date
             * @example 2022-03-31
             */
            plannedEnd: string;
            /**
             * @description Mirrors the partnership workflow
             * @example draft
             * @enum {string}
             */
            stage: "draft" | "officer_review" | "capacity_check" | "cabinet_decision" | "call_in_window" | "sign_off" | "active" | "under_review" | "exiting" | "completed" | "rejected" | "withdrawn";
            /** @example partnership-0d6f9f3e-3f2a-4d55-9a3c-5b7d0f4f1e21 */
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
            scope?: string | null;
            /** Format: uuid */
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
             * @example 2026-11-24T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
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
        UpdatePartnershipDto: {
            /**
             * @description The version you read; a stale one is refused with 409
             * @example 1
             */
            version: number;
            /** @example Hampshire support for Buckinghamshire children’s services */
            title?: string;
            /**
             * Format: date
             * @example 2018-05-01
             */
            plannedStart?: string;
            /**
             * Format: date
             * @example 2022-03-31
             */
            plannedEnd?: string;
            /** @enum {string} */
            kind?: "improvement_adviser" | "improvement_partner" | "peer_support";
            scope?: string;
            /** @enum {string} */
            fundingKind?: "grant" | "recharge" | "grant_and_recharge";
            /**
             * @description Integer pence
             * @example 45000000
             */
            fundingAmountPence?: number;
        };
        StageActionDto: {
            /** @example Ready for the director of children’s services to review */
            comment?: string;
        };
        StageActionResponse: {
            /**
             * Format: uuid
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
        OverrideCapacityDto: {
            /** @example Torbay support ends in June; the Winchester team is back above its floor from then */
            reason: string;
            comment?: string;
        };
        CabinetDecisionDto: {
            /** @example Improvement partnership with Buckinghamshire County Council */
            title: string;
            /**
             * @example cabinet
             * @enum {string}
             */
            decisionMaker: "cabinet" | "cabinet_member" | "officer";
            /** @example Cabinet */
            decisionMakerName?: string;
            /** @example Cabinet */
            meetingName?: string;
            /**
             * Format: date
             * @example 2018-04-16
             */
            meetingDate?: string;
            /** @example That Cabinet approves Hampshire acting as improvement partner to Buckinghamshire... */
            decisionText: string;
            /** @example false */
            isKeyDecision: boolean;
            /**
             * @description Required when the decision is key
             * @example Expenditure above £500,000
             */
            keyDecisionReason?: string;
            /** @example false */
            subjectToCallIn: boolean;
            /**
             * @description Reg 10/11 urgency route instead of 28 days on the forward plan
             * @enum {string}
             */
            urgencyRoute?: "general_exception" | "special_urgency";
            /** @example [] */
            wardsAffected?: string[];
            /**
             * Format: date
             * @example 2018-03-01
             */
            forwardPlanFirstPublished?: string;
            /**
             * Format: date
             * @example 2018-04-16
             */
            decisionDate: string;
            /**
             * Format: date
             * @example 2018-04-16
             */
            publicationDate: string;
            /**
             * @description Schedule 12A paragraph, when part of it is exempt
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
            concerns?: components["schemas"]["ConcernDto"][];
            /**
             * @example recommendations_approved
             * @enum {string}
             */
            status: "recommendations_approved" | "approved" | "rejected" | "deferred";
        };
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
            /** @example The cost to Hampshire’s own services needs scrutiny */
            comment?: string;
        };
        ScrutinyOutcomeDto: {
            /**
             * @description Released: the decision stands; referred back: Cabinet decides again
             * @enum {string}
             */
            outcome: "released" | "referred_back";
            comment?: string;
        };
        ReinspectionDto: {
            /**
             * @description Requires improvement or better
             * @example requires_improvement
             * @enum {string}
             */
            judgement: "outstanding" | "good" | "requires_improvement" | "inadequate";
            /**
             * Format: date
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
        RequestExitDto: {
            /** @example Torbay support ends in June; the Winchester team is back above its floor from then */
            reason: string;
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
        CreateReviewDto: {
            /**
             * @example periodic
             * @enum {string}
             */
            kind: "periodic" | "commissioner";
            /**
             * Format: date
             * @example 2019-01-15
             */
            reviewDate: string;
            /**
             * @example amber
             * @enum {string}
             */
            ragRating: "red" | "amber" | "green";
            /** @example Front-door practice improved; caseloads still high in two teams */
            findings: string;
            /**
             * Format: date
             * @description Must come after the review
             * @example 2019-04-15
             */
            nextReviewDate?: string;
        };
        RecordedReviewResponse: {
            /**
             * Format: uuid
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
        RiskResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnershipId: string;
            /** @enum {string} */
            category: "staff_pressure" | "travel_distance" | "savings_programme" | "own_service_priority" | "reorganisation" | "other";
            /** @enum {string} */
            rating: "low" | "medium" | "high" | "very_high";
            description: string;
            mitigation?: string | null;
            owner?: string | null;
            /** @example 1 */
            version: number;
        };
        CreateRiskDto: {
            /**
             * @example travel_distance
             * @enum {string}
             */
            category: "staff_pressure" | "travel_distance" | "savings_programme" | "own_service_priority" | "reorganisation" | "other";
            /**
             * @example medium
             * @enum {string}
             */
            rating: "low" | "medium" | "high" | "very_high";
            /** @example Buckinghamshire is about 80 miles away */
            description: string;
            /** @example Hybrid working; travel time budgeted */
            mitigation?: string;
            /** @example Director of Children’s Services, Hampshire */
            owner?: string;
        };
        UpdateRiskDto: {
            /** @example 1 */
            version: number;
            /** @enum {string} */
            rating?: "low" | "medium" | "high" | "very_high";
            mitigation?: string;
            owner?: string;
        };
        ReviewResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnershipId: string;
            /**
             * @description A scheduled review, or one by the DfE commissioner
             * @example periodic
             * @enum {string}
             */
            kind: "periodic" | "commissioner";
            /** Format: date */
            reviewDate: string;
            /**
             * @description Red, amber or green progress rating
             * @example amber
             * @enum {string}
             */
            ragRating: "red" | "amber" | "green";
            findings: string;
            /** Format: date */
            nextReviewDate?: string | null;
            /** @example 1 */
            version: number;
        };
        InterventionResponse: {
            /** Format: uuid */
            id: string;
            /** @example E10000002 */
            supportedCouncilCode: string;
            /** @example inadequate */
            triggerJudgement: string;
            /**
             * Format: date
             * @example 2017-11-24
             */
            triggerJudgementDate: string;
            /** Format: date */
            statutoryDirectionDate?: string | null;
            commissionerName?: string | null;
            /** Format: date */
            reviewDeadline?: string | null;
            /** Format: date */
            reportPublishedOn?: string | null;
            /**
             * @description The commissioner’s recommendation on who should run the service; null until made
             * @example retain_in_house
             * @enum {string|null}
             */
            recommendation?: "retain_in_house" | "alternative_delivery_model" | null;
            /** @example E10000014 */
            improvementAdviserCouncilCode?: string | null;
            /** Format: date */
            directionLiftedOn?: string | null;
            /** @example 1 */
            version: number;
        };
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
            items: components["schemas"]["InterventionResponse"][];
        };
        CreateInterventionDto: {
            /**
             * Format: date
             * @example 2018-01-12
             */
            statutoryDirectionDate?: string | null;
            /** @example Chief Executive, Hampshire County Council */
            commissionerName?: string | null;
            /**
             * Format: date
             * @example 2018-04-30
             */
            reviewDeadline?: string | null;
            /**
             * Format: date
             * @example 2018-07-19
             */
            reportPublishedOn?: string | null;
            /** @enum {string|null} */
            recommendation?: "retain_in_house" | "alternative_delivery_model" | null;
            /**
             * @description The council appointed as improvement adviser
             * @example E10000014
             */
            improvementAdviserCouncilCode?: string | null;
            /**
             * Format: date
             * @example 2022-03-01
             */
            directionLiftedOn?: string | null;
            /** @example E10000002 */
            supportedCouncilCode: string;
            /**
             * @example inadequate
             * @enum {string}
             */
            triggerJudgement: "outstanding" | "good" | "requires_improvement" | "inadequate";
            /**
             * Format: date
             * @example 2017-11-24
             */
            triggerJudgementDate: string;
        };
        UpdateInterventionDto: {
            /**
             * Format: date
             * @example 2018-01-12
             */
            statutoryDirectionDate?: string | null;
            /** @example Chief Executive, Hampshire County Council */
            commissionerName?: string | null;
            /**
             * Format: date
             * @example 2018-04-30
             */
            reviewDeadline?: string | null;
            /**
             * Format: date
             * @example 2018-07-19
             */
            reportPublishedOn?: string | null;
            /** @enum {string|null} */
            recommendation?: "retain_in_house" | "alternative_delivery_model" | null;
            /**
             * @description The council appointed as improvement adviser
             * @example E10000014
             */
            improvementAdviserCouncilCode?: string | null;
            /**
             * Format: date
             * @example 2022-03-01
             */
            directionLiftedOn?: string | null;
            /**
             * @description The version you read; a stale one is refused with 409
             * @example 1
             */
            version: number;
        };
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
            items: components["schemas"]["DecisionRecordResponse"][];
        };
        CreateDecisionRecordDto: {
            /**
             * @description The council that took the decision
             * @example E10000014
             */
            councilCode: string;
            /**
             * Format: uuid
             * @description The partnership decided on, if any
             */
            partnershipId?: string;
            /** @example Improvement partnership with Buckinghamshire County Council */
            title: string;
            /**
             * @example cabinet
             * @enum {string}
             */
            decisionMaker: "cabinet" | "cabinet_member" | "officer";
            /** @example Cabinet */
            decisionMakerName?: string;
            /** @example Cabinet */
            meetingName?: string;
            /**
             * Format: date
             * @example 2018-04-16
             */
            meetingDate?: string;
            /** @example That Cabinet approves Hampshire acting as improvement partner to Buckinghamshire... */
            decisionText: string;
            /**
             * @example recommendations_approved
             * @enum {string}
             */
            status: "recommendations_approved" | "approved" | "rejected" | "deferred" | "called_in";
            /** @example false */
            isKeyDecision: boolean;
            /**
             * @description Required when the decision is key
             * @example Expenditure above £500,000
             */
            keyDecisionReason?: string;
            /** @example false */
            subjectToCallIn: boolean;
            /**
             * @description Reg 10/11 urgency route instead of 28 days on the forward plan
             * @enum {string}
             */
            urgencyRoute?: "general_exception" | "special_urgency";
            /** @example [] */
            wardsAffected?: string[];
            /**
             * Format: date
             * @example 2018-03-01
             */
            forwardPlanFirstPublished?: string;
            /**
             * Format: date
             * @example 2018-04-16
             */
            decisionDate: string;
            /**
             * Format: date
             * @example 2018-04-16
             */
            publicationDate: string;
            /**
             * @description Schedule 12A paragraph, when part of it is exempt
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
            concerns?: components["schemas"]["ConcernDto"][];
        };
        UpdateDecisionRecordDto: {
            /**
             * @description The version you read; a stale one is refused with 409
             * @example 1
             */
            version: number;
            /**
             * @example called_in
             * @enum {string}
             */
            status: "recommendations_approved" | "approved" | "rejected" | "deferred" | "called_in";
        };
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
            items: components["schemas"]["AuditEventResponse"][];
        };
        EventSubject: {
            /**
             * @description The kind of record the event is about
             * @example partnership
             */
            type: string;
            /**
             * @description Its id (a GSS code for a council)
             * @example 0d6f9f3e-3f2a-4d55-9a3c-5b7d0f4f1e21
             */
            id: string;
        };
        DomainEventResponse: {
            /**
             * @description Unique id of the event; webhooks send it as `webhook-id`
             * @example 1287
             */
            id: string;
            /**
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
        DomainEventPage: {
            /** @description Oldest first; an empty page means nothing new yet */
            items: components["schemas"]["DomainEventResponse"][];
            /**
             * @description Send as `after` to read on; it never passes an event not yet delivered, so polling with it misses nothing
             * @example djEuNzUwLjA
             */
            next: string;
        };
        CreateWebhookSubscriptionDto: {
            /**
             * @description Where events are POSTed
             * @example https://hr.example.gov.uk/accord/webhooks
             */
            url: string;
            /**
             * @example [
             *       "partnership.stage_changed",
             *       "secondment.started"
             *     ]
             */
            eventTypes: ("partnership.stage_changed" | "partnership.signed" | "partnership.sign_off_overdue" | "partnership.review_due" | "decision.recorded" | "decision.status_changed" | "secondment.booked" | "secondment.approved" | "secondment.started" | "secondment.ended" | "secondment.cancelled" | "capacity.below_floor" | "council.abolished")[];
            /** @example HR system: secondments */
            description?: string;
            /**
             * @description Whose events; only admins may name a council other than their own
             * @example E10000014
             */
            councilCode?: string;
        };
        CreatedWebhookSubscriptionResponse: {
            /** Format: uuid */
            id: string;
            /** @example E10000014 */
            councilCode: string;
            /** @example https://hr.example.gov.uk/accord/webhooks */
            url: string;
            description: string | null;
            eventTypes: ("partnership.stage_changed" | "partnership.signed" | "partnership.sign_off_overdue" | "partnership.review_due" | "decision.recorded" | "decision.status_changed" | "secondment.booked" | "secondment.approved" | "secondment.started" | "secondment.ended" | "secondment.cancelled" | "capacity.below_floor" | "council.abolished")[];
            /**
             * @description failing: an event could not be delivered for three days; delivery has stopped
             * @enum {string}
             */
            status: "active" | "failing";
            failingReason: string | null;
            /**
             * Format: date-time
             * @description Until when the previous secret also signs
             */
            previousSecretExpiresAt: string | null;
            /** @example 1 */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /**
             * @description The signing secret; shown this once only
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        WebhookSubscriptionResponse: {
            /** Format: uuid */
            id: string;
            /** @example E10000014 */
            councilCode: string;
            /** @example https://hr.example.gov.uk/accord/webhooks */
            url: string;
            description: string | null;
            eventTypes: ("partnership.stage_changed" | "partnership.signed" | "partnership.sign_off_overdue" | "partnership.review_due" | "decision.recorded" | "decision.status_changed" | "secondment.booked" | "secondment.approved" | "secondment.started" | "secondment.ended" | "secondment.cancelled" | "capacity.below_floor" | "council.abolished")[];
            /**
             * @description failing: an event could not be delivered for three days; delivery has stopped
             * @enum {string}
             */
            status: "active" | "failing";
            failingReason: string | null;
            /**
             * Format: date-time
             * @description Until when the previous secret also signs
             */
            previousSecretExpiresAt: string | null;
            /** @example 1 */
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
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
            items: components["schemas"]["WebhookSubscriptionResponse"][];
        };
        UpdateWebhookSubscriptionDto: {
            version: number;
            url?: string;
            eventTypes?: ("partnership.stage_changed" | "partnership.signed" | "partnership.sign_off_overdue" | "partnership.review_due" | "decision.recorded" | "decision.status_changed" | "secondment.booked" | "secondment.approved" | "secondment.started" | "secondment.ended" | "secondment.cancelled" | "capacity.below_floor" | "council.abolished")[];
            /** @description null clears it */
            description?: string | null;
            /**
             * @description Set a failing subscription active again: delivery resumes from the event that failed
             * @enum {string}
             */
            status?: "active";
        };
        RotateWebhookSecretDto: {
            /**
             * @description Seconds the old secret goes on signing beside the new one
             * @default 86400
             * @example 86400
             */
            overlapSeconds?: number;
        };
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
            redelivery: boolean;
            /** Format: date-time */
            attemptedAt: string;
            /**
             * @description null when no answer came
             * @example 200
             */
            statusCode: number | null;
            /** @example 84 */
            latencyMs: number;
            succeeded: boolean;
            /** @example the receiver answered 503 */
            error: string | null;
        };
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
            /** @description A dependency is down or migrations are pending; `checks` says which */
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
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                ofstedJudgement?: "outstanding" | "good" | "requires_improvement" | "inadequate";
                type?: "county" | "unitary" | "metropolitan_district" | "london_borough";
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
                service?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                teamId?: string;
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
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                staffMemberId?: string;
                partnershipId?: string;
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
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                from: string;
                /** @description At most three years after from */
                to: string;
                /** @description A week reports its worst day */
                granularity?: "day" | "week";
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
                from: string;
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
                /** @description Warn when a team’s headroom above its floor dips under this many FTE */
                warnBelowFte?: number;
                /** @description Travel distance (great-circle miles) above which it is a risk */
                distanceThresholdMiles?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                stage?: "draft" | "officer_review" | "capacity_check" | "cabinet_decision" | "call_in_window" | "sign_off" | "active" | "under_review" | "exiting" | "completed" | "rejected" | "withdrawn";
                leadCouncilCode?: string;
                supportedCouncilCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                partnershipId: string;
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
                partnershipId: string;
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
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
    listInterventions: {
        parameters: {
            query?: {
                /** @description Records per page (1–100) */
                limit?: number;
                /** @description Records to skip before the page starts */
                offset?: number;
                supportedCouncilCode?: string;
                /** @description Only interventions whose direction is not yet lifted */
                active?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                councilCode?: string;
                partnershipId?: string;
                status?: "recommendations_approved" | "approved" | "rejected" | "deferred" | "called_in";
                /** @description Decided on or after */
                decidedFrom?: string;
                /** @description Decided on or before */
                decidedTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                targetType?: string;
                targetId?: string;
                /** @description The principal who acted */
                actorPrincipalId?: string;
                /** @description Events touching this council */
                councilCode?: string;
                /** @description Events at or after this instant */
                from?: string;
                /** @description Events before this instant */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
            /** @description The event */
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
                /** @description Most events in one page */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
