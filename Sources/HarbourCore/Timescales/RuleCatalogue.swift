/// Generated once from shared/reference/timescales.yaml; this file is now the one definition of each rule.
/// Each rule keeps the source, confidence and dates in force the reference gives.
public enum RuleID: String, CaseIterable, Sendable, Codable {
    case referralDecision = "referral_decision"
    case initialAssessmentBefore2013 = "initial_assessment_pre2013"
    case coreAssessmentBefore2013 = "core_assessment_pre2013"
    case singleAssessmentCompletion = "single_assessment_completion"
    case strategyDiscussion = "strategy_discussion"
    case s47EnquiryCompletion = "s47_enquiry_completion"
    case icpc = "icpc"
    case coreGroupFirstMeeting = "core_group_first_meeting"
    case coreGroupSubsequent = "core_group_subsequent"
    case rcpcFirst = "rcpc_first"
    case rcpcSubsequent = "rcpc_subsequent"
    case cpVisits = "cp_visits"
    case cinPlanReview = "cin_plan_review"
    case carePlan = "care_plan"
    case placementPlan = "placement_plan"
    case placementNotification = "placement_notification"
    case lacReviewFirst = "lac_review_first"
    case lacReviewSecond = "lac_review_second"
    case lacReviewSubsequent = "lac_review_subsequent"
    case permanencePlan = "permanence_plan"
    case swVisitFirst = "sw_visit_first"
    case swVisitYear1 = "sw_visit_year1"
    case swVisitAfterYear1 = "sw_visit_after_year1"
    case swVisitLongTermFosterAgreed = "sw_visit_long_term_foster_agreed"
    case swVisitPlacedWithParentPreAssessment = "sw_visit_placed_with_parent_pre_assessment"
    case swVisitConnectedPersonTempOrIcoWithParent = "sw_visit_connected_person_temp_or_ico_with_parent"
    case swVisitCareOrderWithParent = "sw_visit_care_order_with_parent"
    case iha = "iha"
    case rha = "rha"
    case dentalCheck = "dental_check"
    case pepInitiation = "pep_initiation"
    case pepCompleteForFirstReview = "pep_complete_for_first_review"
    case pepReview = "pep_review"
    case schoolPlaceWithoutSchool = "school_place_without_school"
    case iroAppointment = "iro_appointment"
    case iroCaseload = "iro_caseload"
    case socialWorkerCaseload = "social_worker_caseload"
    case eligibleChildDefinition = "eligible_child_definition"
    case relevantChildDefinition = "relevant_child_definition"
    case formerRelevantDefinition = "former_relevant_definition"
    case qualifyingDefinition = "qualifying_definition"
    case needsAssessmentEligible = "needs_assessment_eligible"
    case pathwayPlanReview = "pathway_plan_review"
    case paVisitAccommodation = "pa_visit_accommodation"
    case leavingCareSupportEnd = "leaving_care_support_end"
    case stayingPut = "staying_put"
    case returnHomeInterview = "return_home_interview"
    case pfFirstVisit = "pf_first_visit"
    case pfVisitsYear1 = "pf_visits_year1"
    case pfVisitsAfterYear1 = "pf_visits_after_year1"
    case pfNotificationByCarer = "pf_notification_by_carer"
    case adoptionReviewBeforePlacement = "adoption_review_before_placement"
    case adoptionReviewAfterPlacement = "adoption_review_after_placement"
    case adoptionVisitsAfterPlacement = "adoption_visits_after_placement"
    case adopterStage1Stage2 = "adopter_stage1_stage2"
    case scorecardA1 = "scorecard_A1"
    case scorecardA2 = "scorecard_A2"
    case scorecardA10 = "scorecard_A10"
    case careProceedings26Weeks = "care_proceedings_26_weeks"
    case sgoNotice = "sgo_notice"
    case sgFinancialSupportReview = "sg_financial_support_review"
    case mashDecision = "mash_decision"
    case domesticAbuseNotification = "domestic_abuse_notification"
    /// Harbour local rules the reference mentions but does not list separately.
    case cinVisits = "cin_visits"
    case supervision = "supervision"
}

extension RuleBook {
    /// Every rule, in the order of the child's journey.
    public static let catalogue: [TimescaleRule] = [
        TimescaleRule(
            id: .referralDecision, title: "Decision on a referral",
            appliesTo: "referral to children's social care", startEvent: "referral received",
            allowed: .workingDays(1), allowedText: "1 working days", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .closed(.assessment), basis: .statutoryGuidance,
            source: "WT2010 ch5; WT2013/WT2015 ch1 (assessment/referral section + Flowchart 1); WT2018 ch1 + Flowchart 1; WT2023 ch3 (referral)", confidence: "verified (text via tri.x/LSCP copies); para numbers not verified",
            notes: "Social worker decides type of response (NFA/services/s17 assessment/s47/strategy discussion). WT2018 and WT2023 wording adds 'acknowledge receipt to the referrer'. Unchanged 1 WD across editions. 'Contact' vs 'referral' split (contact screening, MASH) is local - contact decision timescales (often 24h / 1 WD) are local policy.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .initialAssessmentBefore2013, title: "Initial assessment (before 15 April 2013)",
            appliesTo: "referral (historic, before 15 Apr 2013)", startEvent: "referral received (date of referral)",
            allowed: .workingDays(10), allowedText: "10 working days", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .closed(.assessment), basis: .statutoryGuidance,
            source: "WT2010 / Framework for the Assessment of Children in Need and their Families (2000); DfE CIN census (LG Inform metric 2234: 'maximum of 10 working days')", confidence: "verified (LG Inform metric description)",
            notes: "Abolished by WT2013 (single assessment).",
            inForceFrom: nil, inForceTo: Day(year: 2013, month: 4, day: 14)),
        TimescaleRule(
            id: .coreAssessmentBefore2013, title: "Core assessment (before 15 April 2013)",
            appliesTo: "child requiring core assessment (historic)", startEvent: "core assessment commenced",
            allowed: .workingDays(35), allowedText: "35 working days", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .notRecorded("Harbour records one kind of assessment; before 15 April 2013 it is judged against the initial assessment rule"), basis: .statutoryGuidance,
            source: "WT2010 / Assessment Framework 2000", confidence: "recalled",
            notes: "s47 enquiries were conducted via the core assessment under WT2010.",
            inForceFrom: nil, inForceTo: Day(year: 2013, month: 4, day: 14)),
        TimescaleRule(
            id: .singleAssessmentCompletion, title: "Assessment completed",
            appliesTo: "child referred (s17 and/or s47 assessment)", startEvent: "referral received",
            allowed: .workingDays(45), allowedText: "45 working days", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .closed(.assessment), basis: .statutoryGuidance,
            source: "WT2013 ch1 'Timeliness'; WT2015 ch1; WT2018 ch1 para 82 (para cited by Family Rights Group); WT2023 ch3 'timeliness'", confidence: "verified text; WT2018 para 82 verified via FRG; others unverified",
            notes: "Maximum; clock runs from point of referral, not acceptance. If exceeded, SW records reasons. Local assessment protocols may set shorter internal targets.",
            inForceFrom: Day(year: 2013, month: 4, day: 15), inForceTo: nil),
        TimescaleRule(
            id: .strategyDiscussion, title: "Strategy discussion held",
            appliesTo: "child where reasonable cause to suspect significant harm", startEvent: "reasonable cause to suspect significant harm identified",
            allowed: nil, allowedText: "no national timescale", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .noTimescale, basis: .statutoryGuidance,
            source: "WT2013-WT2023 (strategy discussion section, Flowchart 2/3 in 2013-2018)", confidence: "verified (no national timescale)",
            notes: "No national numeric timescale ('should' be held - promptly). Many LSCPs set 'same day' or 'within 1 working day' of decision; treat as LOCAL configurable value.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .s47EnquiryCompletion, title: "Section 47 enquiry completed",
            appliesTo: "child subject to s47 enquiry", startEvent: "strategy discussion initiating s47",
            allowed: nil, allowedText: "no national timescale", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .noTimescale, basis: .statutoryGuidance,
            source: "WT2013-WT2023", confidence: "verified (no separate national timescale)",
            notes: "No separate national deadline since 2013; the s47 is carried out through the assessment (45 WD from referral) and the ICPC deadline (15 WD) effectively bounds it. Pre-2013: via core assessment (35 WD).",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .icpc, title: "Initial child protection conference",
            appliesTo: "child where s47 concerns substantiated and child judged at continuing risk", startEvent: "strategy discussion at which s47 enquiries were initiated (WT2013+); last strategy discussion (WT2010)",
            allowed: .workingDays(15), allowedText: "15 working days", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .closed(.conference), basis: .statutoryGuidance,
            source: "WT2010 (ICPC section, 'last strategy discussion'); WT2013/2015/2018 Flowchart 3/4 and ch1 'Initial child protection conferences'; WT2023 ch4", confidence: "verified (LSCP copies); WT2010 wording recalled",
            notes: "EDITION DIFFERENCE: WT2010 counted from the LAST strategy discussion; WT2013 onwards from the strategy discussion at which s47 was initiated (if more than one held). Some local procedures still use 'last'. PERFORMANCE MEASURE DIFFERENCE: DfE CIN statistics (table C4) measure ICPC timeliness from the START OF THE s47 ENQUIRY (since 2012-13 actual s47 start date), not the strategy discussion date. Store both dates.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .coreGroupFirstMeeting, title: "First core group meeting",
            appliesTo: "child subject of new CP plan", startEvent: "ICPC date",
            allowed: .workingDays(10), allowedText: "10 working days", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .closed(.coreGroup), basis: .statutoryGuidance,
            source: "WT2010; WT2013/2015/2018 (Flowchart 4/5 'action following ICPC'); WT2023 ch4", confidence: "verified via LSCP copies; para unverified",
            notes: "Frequency of subsequent core groups is local (commonly 4-6 weekly / monthly).",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .coreGroupSubsequent, title: "Core group meetings",
            appliesTo: "child subject of CP plan", startEvent: "previous core group",
            allowed: nil, allowedText: "no national timescale", repeatsEvery: nil, repeatText: "at the council's interval (from the previous core group)",
            setting: .coreGroupInterval, tracking: .closed(.coreGroup), basis: .localPractice,
            source: "local procedures (e.g. 'monthly but no more than 6-weekly' in All Wales procedures; English LSCPs vary)", confidence: "local",
            notes: "No national rule in England. Configure per LA.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .rcpcFirst, title: "First review child protection conference",
            appliesTo: "child subject of CP plan", startEvent: "ICPC date",
            allowed: .months(3), allowedText: "3 months", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .closed(.conference), basis: .statutoryGuidance,
            source: "WT2010; WT2013-WT2018 Flowchart 4/5; WT2023 ch4", confidence: "verified via LSCP copies",
            notes: "Pre-birth ICPCs - some LSCPs require first review within 20 WD after birth or 3 months, whichever sooner (local).",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .rcpcSubsequent, title: "Later review child protection conferences",
            appliesTo: "child subject of CP plan", startEvent: "previous review conference",
            allowed: .months(6), allowedText: "6 months", repeatsEvery: .months(6), repeatText: "every 6 months (from the previous review conference)",
            setting: nil, tracking: .closed(.conference), basis: .statutoryGuidance,
            source: "WT2010-WT2023", confidence: "verified via LSCP copies",
            notes: "At intervals of not more than 6 months while the child remains subject of a CP plan.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .cpVisits, title: "Child protection visits",
            appliesTo: "child subject of CP plan", startEvent: "ICPC / previous visit",
            allowed: nil, allowedText: "10 working days", repeatsEvery: nil, repeatText: "every 10 working days (from the previous visit)",
            setting: .childProtectionVisitInterval, tracking: .closed(.visit), basis: .localPractice,
            source: "LOCAL (e.g. 'at least once every 10 working days' in a published LA visiting schedule; others use 2 or 4 weeks)", confidence: "local",
            notes: "No national frequency in Working Together; CP plan should specify. Must be configurable.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .cinPlanReview, title: "Child in need plan reviews",
            appliesTo: "child in need with CIN plan (s17)", startEvent: "CIN plan start / previous review",
            allowed: nil, allowedText: "3 months", repeatsEvery: nil, repeatText: "every 3 months (from the previous review)",
            setting: .childInNeedPlanReviewInterval, tracking: .closed(.childInNeedPlanReview), basis: .localPractice,
            source: "LOCAL; WT requires CIN plans be reviewed regularly but sets no interval", confidence: "local",
            notes: "Common local values 6 weeks - 3 months. CIN visits also local (e.g. every 20 working days).",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .carePlan, title: "Care plan prepared",
            appliesTo: "looked-after child (not s31A court care plan cases)", startEvent: "start of first placement",
            allowed: .workingDays(10), allowedText: "10 working days", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .notRecorded("Harbour does not yet record care plans"), basis: .regulation,
            source: "CPPCR2010 reg 4(2)", confidence: "verified (legislation.gov.uk)",
            notes: "Must be prepared before first placement or, if not practicable, within 10 WD of the start of the first placement.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .placementPlan, title: "Placement plan agreed",
            appliesTo: "looked-after child, each placement", startEvent: "start of placement",
            allowed: .workingDays(5), allowedText: "5 working days", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .notRecorded("Harbour does not yet record placement plans"), basis: .regulation,
            source: "CPPCR2010 reg 9(2)", confidence: "verified",
            notes: "Before placement, or if not reasonably practicable within 5 WD of the start of the placement; agreed and signed by appropriate person (reg 9(3)).",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .placementNotification, title: "Placement notified to others",
            appliesTo: "looked-after child, each placement", startEvent: "start of placement (emergency)",
            allowed: .workingDays(5), allowedText: "5 working days", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .notRecorded("Harbour does not yet record placement notifications"), basis: .regulation,
            source: "CPPCR2010 reg 13(1)", confidence: "verified",
            notes: "Written notification before placement, or within 5 WD if placement made in an emergency (to child, parents, health, GP, school, IRO etc.).",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .lacReviewFirst, title: "First looked-after review",
            appliesTo: "looked-after child", startEvent: "date child became looked after",
            allowed: .workingDays(20), allowedText: "20 working days", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .closed(.lookedAfterReview), basis: .regulation,
            source: "CPPCR2010 reg 33(1)", confidence: "verified",
            notes: "Earlier review required if IRO requests or in cases listed in reg 33(3). Pre-2011 (Review of Children's Cases Regs 1991) was 4 weeks.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .lacReviewSecond, title: "Second looked-after review",
            appliesTo: "looked-after child", startEvent: "first review",
            allowed: .months(3), allowedText: "3 months", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .closed(.lookedAfterReview), basis: .regulation,
            source: "CPPCR2010 reg 33(2)", confidence: "verified",
            notes: "Not more than three months after the first.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .lacReviewSubsequent, title: "Later looked-after reviews",
            appliesTo: "looked-after child", startEvent: "previous review",
            allowed: .months(6), allowedText: "6 months", repeatsEvery: .months(6), repeatText: "every 6 months (from the previous review)",
            setting: nil, tracking: .closed(.lookedAfterReview), basis: .regulation,
            source: "CPPCR2010 reg 33(2)", confidence: "verified",
            notes: "Short-break (reg 48) children have modified review rules - not extracted here.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .permanencePlan, title: "Permanence plan by the second review",
            appliesTo: "looked-after child", startEvent: "date child became looked after",
            allowed: nil, allowedText: "2nd review (approx 4 months)", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .notRecorded("The permanence plan is a field of the period of care, with no date of its own"), basis: .statutoryGuidance,
            source: "VOL2 ch2 (care plan / plan for permanence); CPPCR2010 reg 5(a) requires the plan for permanence in the care plan", confidence: "recalled (para not verified); widely restated in LA procedures ('by the time of the second Looked After Review')",
            notes: "Implement as 'permanence plan recorded on or before date of second review' (20 WD + 3 months).",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .swVisitFirst, title: "First visit in a placement",
            appliesTo: "looked-after child, each placement", startEvent: "start of placement",
            allowed: .weeks(1), allowedText: "1 week", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .closed(.visit), basis: .regulation,
            source: "CPPCR2010 reg 28(2)(a)", confidence: "verified",
            notes: "7 calendar days (not working days).",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .swVisitYear1, title: "Visits in the first year of a placement",
            appliesTo: "looked-after child, first year of placement", startEvent: "previous visit",
            allowed: .weeks(6), allowedText: "6 weeks", repeatsEvery: .weeks(6), repeatText: "every 6 weeks until first anniversary of placement (from the previous visit)",
            setting: nil, tracking: .closed(.visit), basis: .regulation,
            source: "CPPCR2010 reg 28(2)(b)", confidence: "verified",
            notes: "Calendar weeks. Visits also whenever reasonably requested by child/carer (reg 28).",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .swVisitAfterYear1, title: "Visits after the first year of a placement",
            appliesTo: "looked-after child after first year of placement", startEvent: "previous visit",
            allowed: .weeks(6), allowedText: "3 months if placement intended to last until C is 18; otherwise 6 weeks", repeatsEvery: .weeks(6), repeatText: "every 3 months | 6 weeks (from the previous visit)",
            setting: nil, tracking: .closed(.visit), basis: .regulation,
            source: "CPPCR2010 reg 28(2)(c)", confidence: "verified (original text); later wording believed unchanged",
            notes: "Branch on 'placement intended to last until 18'.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .swVisitLongTermFosterAgreed, title: "Visits in an agreed long-term foster placement",
            appliesTo: "child in long-term foster placement for >=1 year who (being of sufficient age and understanding) agrees to less frequent visits", startEvent: "previous visit",
            allowed: .months(6), allowedText: "6 months", repeatsEvery: .months(6), repeatText: "every 6 months (from the previous visit)",
            setting: nil, tracking: .notRecorded("Harbour does not yet record the child's agreement to less frequent visits; these placements are held to three-monthly visits"), basis: .regulation,
            source: "CPPCR2010 reg 28(3A) inserted by CPPCR_AMEND2015", confidence: "verified via LA procedure quoting the amendment; exact text not seen",
            notes: "Long-term foster placement as defined after 2015 amendment (reg 22B conditions). Record child agreement; IRO oversight.",
            inForceFrom: Day(year: 2015, month: 4, day: 1), inForceTo: nil),
        TimescaleRule(
            id: .swVisitPlacedWithParentPreAssessment, title: "Visits when placed with a parent before assessment",
            appliesTo: "child in care placed with parent before assessment completed (reg 19)", startEvent: "placement",
            allowed: .weeks(1), allowedText: "weekly until first review, then 6 weeks", repeatsEvery: .weeks(1), repeatText: "every 1 weeks until first review, then every 6 weeks",
            setting: nil, tracking: .closed(.visit), basis: .regulation,
            source: "CPPCR2010 reg 28(3)", confidence: "verified",
            notes: "Reg 19 = immediate placement with parent before reg 17 assessment completed.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .swVisitConnectedPersonTempOrIcoWithParent, title: "Visits with a temporarily approved connected person",
            appliesTo: "child with temporarily approved connected person (reg 24) or under ICO living with parent", startEvent: "placement",
            allowed: .weeks(1), allowedText: "weekly until first review, then 4 weeks", repeatsEvery: .weeks(1), repeatText: "every 1 weeks until first review, then every 4 weeks",
            setting: nil, tracking: .notRecorded("Harbour does not yet record temporary approval of connected persons"), basis: .regulation,
            source: "CPPCR2010 reg 28(4)", confidence: "verified",
            notes: "Reg 24 temporary approval of connected person (16 weeks, extendable).",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .swVisitCareOrderWithParent, title: "Visits on a care order at home with a parent",
            appliesTo: "child on care order living with parent", startEvent: "care order made",
            allowed: .weeks(1), allowedText: "1 week, then 6 weeks", repeatsEvery: .weeks(6), repeatText: "every 6 weeks (from the previous visit)",
            setting: nil, tracking: .closed(.visit), basis: .regulation,
            source: "CPPCR2010 reg 28(5)", confidence: "verified",
            notes: "First visit within 1 week of the care order being made.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .iha, title: "Initial health assessment",
            appliesTo: "looked-after child", startEvent: "date child became looked after",
            allowed: .workingDays(20), allowedText: "20 working days", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .closed(.healthAssessment), basis: .regulation,
            source: "CPPCR2010 reg 7 (before first placement or, if not reasonably practicable, before the first review); HEALTH2015 (IHA to inform first review - 20 WD)", confidence: "reg 7 wording recalled; 20 WD restated by LA procedures/Healthwatch; para unverified",
            notes: "Done by registered medical practitioner. Local pathways often add LA request-to-health deadlines (local).",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .rha, title: "Review health assessments",
            appliesTo: "looked-after child", startEvent: "previous health assessment",
            allowed: .months(12), allowedText: "6 months if under 5; 12 months if 5 or over", repeatsEvery: .months(12), repeatText: "every 6 months (<5) | 12 months (>=5) (from the previous health assessment)",
            setting: nil, tracking: .closed(.healthAssessment), basis: .regulation,
            source: "CPPCR2010 reg 7 (review of health) / Sch 1 health plan; HEALTH2015", confidence: "recalled (sub-para not verified); restated as 'statutorily required' in LA procedures",
            notes: "Age evaluated at due date - switch to 12-monthly from the 5th birthday.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .dentalCheck, title: "Dental checks",
            appliesTo: "looked-after child", startEvent: "previous dental check",
            allowed: .months(12), allowedText: "12 months", repeatsEvery: .months(12), repeatText: "every 12 months (from the previous dental check)",
            setting: nil, tracking: .closed(.dentalCheck), basis: .performanceIndicator,
            source: "DfE SSDA903 / LAC outcomes (teeth checked by a dentist in previous 12 months, children looked after >=12 months)", confidence: "uncertain",
            notes: "No fixed statutory frequency found in CPPCR 2010 (health plan must cover dental care). Many LAs use 6-monthly checks (NHS/NICE recall 3-24 months). Treat 12 months as indicator and make the local frequency configurable.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .pepInitiation, title: "Personal education plan started",
            appliesTo: "looked-after child of compulsory school age (and early years/post-16 per guidance)", startEvent: "date child became looked after",
            allowed: .workingDays(10), allowedText: "10 working days", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .closed(.personalEducationPlan), basis: .statutoryGuidance,
            source: "EDU2018 (PEP section); CPPCR2010 reg 5(b)(ii) (PEP part of care plan)", confidence: "restated by LA/virtual school pages (e.g. 'initiated within 10 working days, completed within 20 working days to inform first review'); para unverified",
            notes: "Emergency placements: initiate within 10 WD; planned: as part of care plan before placement.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .pepCompleteForFirstReview, title: "Personal education plan ready for the first review",
            appliesTo: "looked-after child", startEvent: "date child became looked after",
            allowed: .workingDays(20), allowedText: "20 working days", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .closed(.personalEducationPlan), basis: .statutoryGuidance,
            source: "EDU2018", confidence: "as above",
            notes: "PEP available for first statutory review.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .pepReview, title: "Personal education plan reviews",
            appliesTo: "looked-after child", startEvent: "previous PEP review",
            allowed: nil, allowedText: "1 school term", repeatsEvery: nil, repeatText: "every termly (from the previous pep)",
            setting: .personalEducationPlanReviewInterval, tracking: .closed(.personalEducationPlan), basis: .statutoryGuidance,
            source: "EDU2018 (PEP reviewed each term); reviewed before each statutory LAC review", confidence: "recalled",
            notes: "Termly - needs a school term calendar (local).",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .schoolPlaceWithoutSchool, title: "School place for a child without one",
            appliesTo: "looked-after child needing a new school", startEvent: "date child without school place / placement move",
            allowed: .schoolDays(20), allowedText: "20 school days", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .notRecorded("Harbour does not yet record school places"), basis: .statutoryGuidance,
            source: "VOL2 / EDU guidance (child should not be out of school/without education for more than 20 school days)", confidence: "recalled - verify wording before use",
            notes: "Unit school_days needs a term calendar; wording/paragraph to be confirmed against current EDU guidance.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .iroAppointment, title: "Independent reviewing officer appointed",
            appliesTo: "looked-after child", startEvent: "date child became looked after",
            allowed: .workingDays(5), allowedText: "5 working days", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .closed(.allocation), basis: .statutoryGuidance,
            source: "CA1989 s25A (IRO must be appointed); IRO must be appointed and meet child before first review; 'within 5 working days' is good practice per LA procedures citing IROHB", confidence: "partly local",
            notes: "Statutory minimum = before first review (20 WD).",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .iroCaseload, title: "IRO caseload",
            appliesTo: "IRO service", startEvent: "n/a",
            allowed: nil, allowedText: "50-70 looked-after children per FTE IRO", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .caseload, basis: .statutoryGuidance,
            source: "IROHB para 7.15", confidence: "recalled (para); 'recommended limit' referred to by NCB 2014 IRO study",
            notes: "Recommendation, not a legal cap.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .socialWorkerCaseload, title: "Social worker caseload",
            appliesTo: "social workers", startEvent: "n/a",
            allowed: nil, allowedText: "no national timescale", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .caseload, basis: .localPractice,
            source: "none nationally", confidence: "no national norm found",
            notes: "No statutory caseload limit in England. Use local workload-management policy.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .eligibleChildDefinition, title: "Eligible child",
            appliesTo: "looked-after young person aged 16-17", startEvent: "n/a",
            allowed: nil, allowedText: "looked after >=13 weeks in total, period beginning after age 14 and ending after age 16", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .definition, basis: .regulation,
            source: "CA1989 Sch 2 para 19B(2); CPPCR2010 reg 40(1) (13 weeks, age 14); reg 40(2) excludes reg 48 short-break children", confidence: "verified (reg 40)",
            notes: "Still looked after. Count aggregate looked-after days since 14th birthday (13 weeks = 91 days) and require some looked-after time after 16th birthday.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .relevantChildDefinition, title: "Relevant child",
            appliesTo: "young person aged 16-17 not looked after", startEvent: "n/a",
            allowed: nil, allowedText: "was an eligible child before last ceasing to be looked after; OR (CLR reg 3) not on care order, detained or in hospital on 16th birthday and looked after >=13 weeks since 14 immediately before", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .definition, basis: .statute,
            source: "CA1989 s23A(2); CLR2010 reg 3", confidence: "verified (reg 3 opening); exclusions recalled",
            notes: "Ceases if returned home to parent and living there continuously for 6 months (family placement that works out) - CLR2010 reg 3, recalled.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .formerRelevantDefinition, title: "Former relevant child",
            appliesTo: "young person aged 18+", startEvent: "n/a",
            allowed: nil, allowedText: "was a relevant child, or was an eligible child looked after at 18", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .definition, basis: .statute,
            source: "CA1989 s23C(1)", confidence: "recalled",
            notes: "Duties generally to 21 (s23C(6)); to 25 if in education/training or PA requested (post-2018).",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .qualifyingDefinition, title: "Qualifying care leaver",
            appliesTo: "young person 16 to under 21 (25 if in education/training)", startEvent: "n/a",
            allowed: nil, allowedText: "looked after, accommodated or privately fostered (or SGO after being looked after) at any time after 16 while a child, but not eligible/relevant/former relevant", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .definition, basis: .statute,
            source: "CA1989 s24", confidence: "recalled",
            notes: "Entitled to advice/assistance (s24A/24B); LA keeps in touch as appropriate; no statutory visit frequency.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .needsAssessmentEligible, title: "Needs assessment and pathway plan for an eligible child",
            appliesTo: "eligible child", startEvent: "16th birthday or date became eligible (if later)",
            allowed: .months(3), allowedText: "3 months", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .closed(.careLeaver), basis: .regulation,
            source: "CPPCR2010 reg 42(1)", confidence: "verified",
            notes: "Pathway plan then prepared as soon as possible after the assessment (CPPCR reg 43, recalled).",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .pathwayPlanReview, title: "Pathway plan reviews",
            appliesTo: "relevant and former relevant children", startEvent: "previous pathway plan review",
            allowed: .months(6), allowedText: "6 months", repeatsEvery: .months(6), repeatText: "every 6 months (from the previous review)",
            setting: nil, tracking: .closed(.careLeaver), basis: .regulation,
            source: "CLR2010 reg 7 (also on request / if PA considers necessary); eligible children - reviewed with LAC review (CPPCR2010)", confidence: "reg 7 interval recalled; wording verified for the equivalent Welsh reg (WSI 2001/2189 reg 9)",
            notes: "Review also if requested by young person or if PA/LA considers necessary. 6 calendar months.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .paVisitAccommodation, title: "Personal adviser visits",
            appliesTo: "relevant / former relevant child in accommodation provided by LA under s23B or s24B", startEvent: "accommodation first provided",
            allowed: .months(2), allowedText: "7 days; then before each pathway plan review; then at intervals of not more than 2 months", repeatsEvery: .months(2), repeatText: "every 2 months (from the previous visit)",
            setting: nil, tracking: .closed(.visit), basis: .regulation,
            source: "CLR2010 reg 8(2)", confidence: "verified",
            notes: "The common '8 weekly' PA contact standard approximates 'not more than two months'; the regulation only binds where the LA provides the accommodation. Other contact frequency = pathway plan / local policy.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .leavingCareSupportEnd, title: "End of leaving care support",
            appliesTo: "former relevant child", startEvent: "18th birthday",
            allowed: .age(21), allowedText: "21st birthday; 25th birthday if in education/training, or (from 1 Apr 2018) PA support to 25 on request", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .definition, basis: .statute,
            source: "CA1989 s23C, s23CA; s23CZB inserted by CSWA2017 s3 (from 2018-04-01)", confidence: "recalled",
            notes: "EDITION/DATE DIFFERENCE - before Apr 2018 PA beyond 21 only if in education/training.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .stayingPut, title: "Staying put",
            appliesTo: "former relevant child in staying put arrangement with former foster carer", startEvent: "18th birthday",
            allowed: .age(21), allowedText: "21 age years", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .definition, basis: .statute,
            source: "CA1989 s23CZA inserted by CFA2014 s98 (in force 2014-05-13)", confidence: "recalled",
            notes: "LA duty to monitor and provide advice/assistance/support (incl. financial) to facilitate arrangement until 21 unless not consistent with welfare.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .returnHomeInterview, title: "Return home interview",
            appliesTo: "child missing from home or care, on return", startEvent: "child's return",
            allowed: .hours(72), allowedText: "72 hours", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .closed(.missingEpisode), basis: .statutoryGuidance,
            source: "MISSING2014 section 'Independent return interviews'", confidence: "verified via multiple copies/secondary sources (Missing People 2023-24 report); para unverified",
            notes: "Independent return interview offered to every returning child; not working days - weekends count.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .pfFirstVisit, title: "First visit to a privately fostered child",
            appliesTo: "privately fostered child (notification received)", startEvent: "notification received by LA",
            allowed: .workingDays(7), allowedText: "7 working days", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .notRecorded("Harbour does not yet record private fostering"), basis: .regulation,
            source: "PF2005 reg 4(1) (proposed arrangement); reg 7 (existing arrangement - believed same 7 WD)", confidence: "reg 4 verified; reg 7 recalled",
            notes: "Working day per PF regs definition; officer must speak to child alone unless inappropriate and report in writing.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .pfVisitsYear1, title: "Private fostering visits in the first year",
            appliesTo: "privately fostered child", startEvent: "previous visit (arrangement deemed to begin when LA became aware)",
            allowed: .weeks(6), allowedText: "6 weeks", repeatsEvery: .weeks(6), repeatText: "every 6 weeks until first anniversary (from the previous visit)",
            setting: nil, tracking: .notRecorded("Harbour does not yet record private fostering"), basis: .regulation,
            source: "PF2005 reg 8(1)(a), 8(6)", confidence: "verified",
            notes: "Plus visits when reasonably requested by child, carer or parent (reg 8(2)).",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .pfVisitsAfterYear1, title: "Private fostering visits after the first year",
            appliesTo: "privately fostered child (second and subsequent years)", startEvent: "previous visit",
            allowed: .weeks(12), allowedText: "12 weeks", repeatsEvery: .weeks(12), repeatText: "every 12 weeks (from the previous visit)",
            setting: nil, tracking: .notRecorded("Harbour does not yet record private fostering"), basis: .regulation,
            source: "PF2005 reg 8(1)(b)", confidence: "verified",
            notes: "Private fostering ends at 16 (18 if disabled) - CA1989 s66.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .pfNotificationByCarer, title: "Notice of a private fostering arrangement",
            appliesTo: "proposed private foster carer", startEvent: "proposed start of arrangement",
            allowed: .weeks(6), allowedText: "at least 6 weeks before (immediately if starting within 6 weeks)", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .notRecorded("Harbour does not yet record private fostering"), basis: .regulation,
            source: "PF2005 reg 3(1)", confidence: "verified (explanatory note)",
            notes: "Emergency/after-the-event notification by parent or carer within 48 hours (PF2005 reg 6) - recalled, verify.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .adoptionReviewBeforePlacement, title: "Adoption reviews before placement",
            appliesTo: "child with authority to place but not placed", startEvent: "date agency first has authority to place (placement order/consent)",
            allowed: .months(3), allowedText: "3 months, then every 6 months", repeatsEvery: .months(6), repeatText: "every 6 months (from the previous review)",
            setting: nil, tracking: .notRecorded("Harbour does not yet record adoption reviews"), basis: .regulation,
            source: "AAR2005 reg 36(1)", confidence: "verified",
            notes: "Child remains looked after - CPPCR reviews also apply.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .adoptionReviewAfterPlacement, title: "Adoption reviews after placement",
            appliesTo: "child placed for adoption", startEvent: "date placed for adoption",
            allowed: .weeks(4), allowedText: "4 weeks; then 3 months after first; then every 6 months", repeatsEvery: .months(6), repeatText: "every 6 months (from the previous review)",
            setting: nil, tracking: .notRecorded("Harbour does not yet record adoption reviews"), basis: .regulation,
            source: "AAR2005 reg 36(3)", confidence: "verified",
            notes: "Stops when child returned by prospective adopter or adoption order made.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .adoptionVisitsAfterPlacement, title: "Visits after placement for adoption",
            appliesTo: "child placed for adoption", startEvent: "date placed for adoption",
            allowed: .weeks(1), allowedText: "within 1 week; then at least weekly until first review; then as decided at each review", repeatsEvery: .weeks(1), repeatText: "every 1 weeks until first review",
            setting: nil, tracking: .notRecorded("Harbour does not yet record adoption reviews, which set the later visit frequency"), basis: .regulation,
            source: "AAR2005 reg 36(4)(a)", confidence: "verified",
            notes: "Visits to child and prospective adopter; written reports required (reg 36(4)(b)).",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .adopterStage1Stage2, title: "Adopter approval stages one and two",
            appliesTo: "prospective adopters", startEvent: "registration of interest / stage 2 start",
            allowed: .months(2), allowedText: "stage one 2 months; stage two 4 months", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .notRecorded("Harbour does not yet record prospective adopters"), basis: .regulation,
            source: "AAR2005 as amended by SI 2013/985 (from 2013-07-01) and Adoption statutory guidance 2013", confidence: "recalled",
            notes: "Two-stage adopter approval introduced 1 July 2013; fast-track process for previous adopters/approved foster carers. Verify against current AAR text.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .scorecardA1, title: "Adoption scorecard A1: entering care to moving in with the adoptive family",
            appliesTo: "LA (3-year rolling average, children adopted)", startEvent: "child entered care (start of last period of care)",
            allowed: nil, allowedText: "threshold by scorecard period - see thresholds", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .indicator, basis: .performanceIndicator,
            source: "SCORECARD", confidence: "see thresholds",
            notes: "Average days from entering care to moving in with adoptive family. Thresholds: 2008-11 (first scorecards, May 2012): 639 days; 2009-12: 639 days; 2010-13: 608 days; 2011-14: 547 days; 2012-15: 487 days; 2013-16 onwards: 426 days.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .scorecardA2, title: "Adoption scorecard A2: placement order to match",
            appliesTo: "LA (3-year rolling average)", startEvent: "LA receives court authority to place (placement order)",
            allowed: nil, allowedText: "threshold by scorecard period - see thresholds", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .indicator, basis: .performanceIndicator,
            source: "SCORECARD", confidence: "",
            notes: "Average days from placement order to ADM match decision; matched-before-order = 0 days. Thresholds: 2008-11: 213 days; 2009-12: 213 days; 2010-13: 213 days; 2011-14: 182 days; 2012-15: 152 days; 2013-16 onwards: 121 days.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .scorecardA10, title: "Adoption scorecard A10: entering care to moving in with the adoptive family",
            appliesTo: "LA (3-year rolling average)", startEvent: "child entered care",
            allowed: .days(426), allowedText: "426 days", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .indicator, basis: .performanceIndicator,
            source: "SCORECARD (A10 introduced c.2012-13/2012-15 scorecards)", confidence: "threshold = A1 threshold assumed (426), unverified",
            notes: "As A1 but end date = date child moved in with foster carers who later adopted them (foster-carer adoptions).",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .careProceedings26Weeks, title: "Care proceedings within 26 weeks",
            appliesTo: "care or supervision order application", startEvent: "application issued",
            allowed: .weeks(26), allowedText: "26 weeks", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .notRecorded("Harbour does not yet record care proceedings"), basis: .statute,
            source: "CA1989 s32(1)(a)(ii) inserted by CFA2014 s14 (in force 2014-04-22); PLO PD12A", confidence: "verified",
            notes: "Court may extend only if necessary to resolve justly; extensions up to 8 weeks each (s32(8)), not routine.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .sgoNotice, title: "Notice of an application for special guardianship",
            appliesTo: "prospective special guardian (own application)", startEvent: "notice to LA",
            allowed: .months(3), allowedText: "3 months", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .notRecorded("Harbour does not yet record special guardianship applications"), basis: .statute,
            source: "CA1989 s14A(7)", confidence: "recalled",
            notes: "Must give LA 3 months' written notice before applying; LA then prepares report (SG2005 reg 21 + Schedule).",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .sgFinancialSupportReview, title: "Special guardianship financial support review",
            appliesTo: "special guardian receiving periodic financial support", startEvent: "previous review / annual statement",
            allowed: .months(12), allowedText: "12 months", repeatsEvery: .months(12), repeatText: "every 12 months",
            setting: nil, tracking: .notRecorded("Harbour does not yet record special guardianship support"), basis: .regulation,
            source: "SG2005 regs 10, 18 (annual statement / review)", confidence: "recalled",
            notes: "Periodic SG allowance reviewed on receipt of annual statement and on change of circumstances.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .mashDecision, title: "Decision on a contact",
            appliesTo: "contacts/notifications to MASH or front door", startEvent: "contact received",
            allowed: nil, allowedText: "no national timescale", repeatsEvery: nil, repeatText: nil,
            setting: .contactDecision, tracking: .closed(.contact), basis: .localPractice,
            source: "LOCAL (RAG ratings e.g. 4h/24h/72h common)", confidence: "local",
            notes: "No national timescale; configure per LA (e.g. RAG-rated red same day, amber 24h, green 72h). Referral decision rule (1 WD) applies once a contact becomes a referral.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .domesticAbuseNotification, title: "Domestic abuse notification triaged",
            appliesTo: "police domestic abuse notifications (children present)", startEvent: "notification received",
            allowed: nil, allowedText: "no national timescale", repeatsEvery: nil, repeatText: nil,
            setting: nil, tracking: .notRecorded("Harbour records police notifications as contacts, judged by the contact decision rule"), basis: .localPractice,
            source: "LOCAL; Operation Encompass (police-to-school notification before start of next school day) is a scheme standard, not a children's social care timescale", confidence: "local",
            notes: "No national CSC timescale; local triage protocols. Treat as configurable.",
            inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .cinVisits, title: "Child in need visits",
            appliesTo: "child in need with a CIN plan (s17)", startEvent: "CIN plan start / previous visit",
            allowed: nil, allowedText: "set by the council (commonly every 20 working days)", repeatsEvery: nil, repeatText: "at the council's interval (from the previous visit)",
            setting: .childInNeedVisitInterval, tracking: .closed(.visit), basis: .localPractice,
            source: "LOCAL; the reference notes CIN visits are set locally (e.g. every 20 working days)", confidence: "local",
            notes: "No national frequency. Configure per LA.", inForceFrom: nil, inForceTo: nil),
        TimescaleRule(
            id: .supervision, title: "Supervision of social workers",
            appliesTo: "social workers and personal advisers", startEvent: "start in post / previous supervision",
            allowed: nil, allowedText: "set by the council's supervision policy", repeatsEvery: nil, repeatText: "at the policy's interval (from the previous supervision)",
            setting: .supervisionInterval, tracking: .supervision, basis: .localPractice,
            source: "LOCAL supervision policy; Ofsted 2014 found supervision did not follow the council's own policy", confidence: "local",
            notes: "Newly qualified social workers are supervised more often (their own setting).", inForceFrom: nil, inForceTo: nil),
    ]
}
