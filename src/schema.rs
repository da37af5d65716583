// The one schema for both backends: portable column types only.

diesel::table! {
    states (lgd_code) {
        lgd_code -> Integer,
        slug -> Text,
        name -> Text,
        kind -> Text,
        iso_code -> Text,
    }
}

diesel::table! {
    districts (lgd_code) {
        lgd_code -> Integer,
        slug -> Text,
        name -> Text,
        state_code -> Integer,
        census2011_code -> Nullable<Text>,
        subdistrict_count -> Nullable<Integer>,
        village_count -> Nullable<Integer>,
    }
}

diesel::table! {
    odop_products (slug) {
        slug -> Text,
        district_code -> Integer,
        name -> Text,
        category -> Text,
        sector -> Text,
        gi_status -> Bool,
        ministry -> Text,
        description -> Text,
        source_district_name -> Text,
        position -> Integer,
    }
}

diesel::table! {
    gi_products (id) {
        id -> Integer,
        slug -> Text,
        name -> Text,
        goods_category -> Text,
        origin -> Text,
        places -> Text,
    }
}

diesel::table! {
    gi_product_states (gi_product_id, state_code) {
        gi_product_id -> Integer,
        state_code -> Integer,
    }
}

diesel::table! {
    hs_sections (code) {
        code -> Text,
        name -> Text,
        position -> Integer,
    }
}

diesel::table! {
    hs_codes (code) {
        code -> Text,
        description -> Text,
        parent_code -> Nullable<Text>,
        level -> Integer,
        section_code -> Text,
    }
}

diesel::table! {
    hsn_codes (code) {
        code -> Text,
        digits -> Integer,
        chapter -> Text,
        description -> Text,
        in_hs2022 -> Nullable<Bool>,
    }
}

diesel::table! {
    currencies (code) {
        code -> Text,
        name -> Text,
        numeric_code -> Text,
        minor_unit -> Nullable<Integer>,
    }
}

diesel::table! {
    countries (code) {
        code -> Text,
        alpha3 -> Text,
        numeric_code -> Text,
        name -> Text,
        region -> Text,
        sub_region -> Text,
        currency_code -> Nullable<Text>,
        dial_code -> Nullable<Text>,
    }
}

diesel::table! {
    jobs (id) {
        id -> Text,
        kind -> Text,
        payload -> Text,
        status -> Text,
        attempts -> Integer,
        max_attempts -> Integer,
        run_at -> Timestamp,
        locked_by -> Nullable<Text>,
        locked_at -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
        finished_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    users (id) {
        id -> Text,
        email -> Text,
        name -> Text,
        password_hash -> Text,
        role -> Text,
        company -> Nullable<Text>,
        country_code -> Nullable<Text>,
        email_verified_at -> Nullable<Timestamp>,
        password_changed_at -> Timestamp,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        suspended_at -> Nullable<Timestamp>,
        unread_messages -> Integer,
        language -> Nullable<Text>,
        currency -> Nullable<Text>,
    }
}

diesel::table! {
    exchange_rates (currency) {
        currency -> Text,
        rate_date -> Text,
        per_eur_millionths -> BigInt,
        fetched_at -> Timestamp,
    }
}

diesel::table! {
    user_tokens (id) {
        id -> Text,
        user_id -> Text,
        purpose -> Text,
        token_hash -> Text,
        new_email -> Nullable<Text>,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    api_tokens (id) {
        id -> Text,
        user_id -> Text,
        name -> Text,
        token_hash -> Text,
        created_at -> Timestamp,
        last_used_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    sessions (id) {
        id -> Text,
        secret_hash -> Text,
        user_id -> Text,
        device -> Text,
        ip_prefix -> Nullable<Text>,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
        two_factor -> Bool,
    }
}

diesel::table! {
    two_factor (user_id) {
        user_id -> Text,
        secret -> Text,
        confirmed_at -> Nullable<Timestamp>,
        last_used_step -> BigInt,
        created_at -> Timestamp,
    }
}

diesel::table! {
    recovery_codes (id) {
        id -> Text,
        user_id -> Text,
        code_hash -> Text,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    known_devices (id) {
        id -> Text,
        user_id -> Text,
        secret_hash -> Text,
        device -> Text,
        first_seen_at -> Timestamp,
        last_seen_at -> Timestamp,
    }
}

diesel::table! {
    audit_events (id) {
        id -> Text,
        user_id -> Nullable<Text>,
        actor_id -> Nullable<Text>,
        event -> Text,
        detail -> Text,
        ip -> Nullable<Text>,
        created_at -> Timestamp,
        facts -> Nullable<Text>,
    }
}

diesel::table! {
    rate_limits (bucket, window_start) {
        bucket -> Text,
        window_start -> Timestamp,
        hits -> Integer,
    }
}

diesel::table! {
    producers (id) {
        id -> Text,
        user_id -> Text,
        slug -> Text,
        business_name -> Text,
        kind -> Text,
        district_code -> Integer,
        address -> Text,
        story -> Text,
        year_founded -> Nullable<Integer>,
        team_size -> Nullable<Integer>,
        languages -> Text,
        logo_hash -> Nullable<Text>,
        logo_width -> Nullable<Integer>,
        logo_height -> Nullable<Integer>,
        iec -> Nullable<Text>,
        gstin -> Nullable<Text>,
        udyam -> Nullable<Text>,
        certifications -> Text,
        ports_of_loading -> Text,
        incoterms -> Text,
        sample_policy -> Text,
        verified_at -> Nullable<Timestamp>,
        verified_by -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        phone -> Nullable<Text>,
        whatsapp -> Bool,
        language -> Text,
    }
}

diesel::table! {
    producer_reply_times (producer_id) {
        producer_id -> Text,
        median_minutes -> BigInt,
    }
}

diesel::table! {
    products (id) {
        id -> Text,
        producer_id -> Text,
        slug -> Text,
        title -> Text,
        description -> Text,
        sector -> Text,
        category -> Text,
        odop_product_slug -> Nullable<Text>,
        hs_code -> Nullable<Text>,
        gi_product_id -> Nullable<Integer>,
        materials -> Text,
        moq -> Integer,
        moq_unit -> Text,
        price_min -> BigInt,
        price_max -> BigInt,
        currency -> Text,
        monthly_capacity -> Nullable<Integer>,
        lead_time_days -> Integer,
        samples_available -> Bool,
        export_ready -> Bool,
        certifications -> Text,
        status -> Text,
        moderation_note -> Nullable<Text>,
        published_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        language -> Text,
    }
}

diesel::table! {
    product_translations (product_id, language) {
        product_id -> Text,
        language -> Text,
        title -> Text,
        description -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    producer_translations (producer_id, language) {
        producer_id -> Text,
        language -> Text,
        story -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    product_images (id) {
        id -> Text,
        product_id -> Text,
        hash -> Text,
        width -> Integer,
        height -> Integer,
        alt_text -> Text,
        position -> Integer,
        created_at -> Timestamp,
    }
}

diesel::table! {
    moderation_decisions (id) {
        id -> Text,
        product_id -> Text,
        moderator_id -> Text,
        decision -> Text,
        note -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    buyer_profiles (user_id) {
        user_id -> Text,
        buyer_type -> Text,
        website -> Text,
        phone -> Text,
        sectors -> Text,
        time_zone -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    rfqs (id) {
        id -> Text,
        buyer_id -> Text,
        title -> Text,
        details -> Text,
        quantity -> BigInt,
        unit -> Text,
        sector -> Text,
        category -> Text,
        state_codes -> Text,
        district_codes -> Text,
        hs_code -> Nullable<Text>,
        deadline -> Date,
        closes_at -> Timestamp,
        status -> Text,
        close_reason -> Nullable<Text>,
        review_note -> Nullable<Text>,
        reviewed_by -> Nullable<Text>,
        reviewed_at -> Nullable<Timestamp>,
        closed_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        target_price -> Nullable<BigInt>,
        currency -> Nullable<Text>,
        incoterm -> Nullable<Text>,
        destination_country -> Nullable<Text>,
        destination_port -> Text,
        samples_wanted -> Bool,
    }
}

diesel::table! {
    saved_products (buyer_id, product_id) {
        buyer_id -> Text,
        product_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    saved_producers (buyer_id, producer_id) {
        buyer_id -> Text,
        producer_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    rfq_recipients (rfq_id, producer_id) {
        rfq_id -> Text,
        producer_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    enquiries (id) {
        id -> Text,
        buyer_id -> Text,
        producer_id -> Text,
        product_id -> Nullable<Text>,
        rfq_id -> Nullable<Text>,
        subject -> Text,
        quantity -> BigInt,
        unit -> Text,
        target_price -> Nullable<BigInt>,
        currency -> Nullable<Text>,
        incoterm -> Nullable<Text>,
        destination_country -> Text,
        destination_port -> Text,
        required_by -> Nullable<Date>,
        sample_wanted -> Bool,
        status -> Text,
        outcome -> Nullable<Text>,
        buyer_unread -> Integer,
        producer_unread -> Integer,
        first_reply_at -> Nullable<Timestamp>,
        reported_spam_at -> Nullable<Timestamp>,
        last_activity_at -> Timestamp,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    enquiry_messages (id) {
        id -> Text,
        enquiry_id -> Text,
        author_id -> Text,
        body -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    quotes (id) {
        id -> Text,
        enquiry_id -> Text,
        author_id -> Text,
        unit_price -> BigInt,
        currency -> Text,
        moq -> BigInt,
        moq_unit -> Text,
        lead_time_days -> Integer,
        incoterm -> Text,
        valid_until -> Date,
        notes -> Text,
        status -> Text,
        decided_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    spam_reports (id) {
        id -> Text,
        enquiry_id -> Text,
        buyer_id -> Text,
        reporter_id -> Text,
        resolved_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    /// Bumped by triggers with every write to what the public pages show.
    catalogue_generation (id) {
        id -> Integer,
        generation -> BigInt,
    }
}

diesel::joinable!(districts -> states (state_code));
diesel::joinable!(producers -> districts (district_code));
diesel::joinable!(producers -> users (user_id));
diesel::joinable!(products -> producers (producer_id));
diesel::joinable!(product_translations -> products (product_id));
diesel::joinable!(producer_translations -> producers (producer_id));
diesel::joinable!(producer_reply_times -> producers (producer_id));
diesel::joinable!(product_images -> products (product_id));
diesel::joinable!(moderation_decisions -> products (product_id));
diesel::joinable!(user_tokens -> users (user_id));
diesel::joinable!(api_tokens -> users (user_id));
diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(known_devices -> users (user_id));
diesel::joinable!(two_factor -> users (user_id));
diesel::joinable!(recovery_codes -> users (user_id));
diesel::joinable!(users -> countries (country_code));
diesel::joinable!(odop_products -> districts (district_code));
diesel::joinable!(gi_product_states -> gi_products (gi_product_id));
diesel::joinable!(gi_product_states -> states (state_code));
diesel::joinable!(hs_codes -> hs_sections (section_code));
diesel::table! {
    events (id) {
        id -> Text,
        owner_id -> Text,
        slug -> Text,
        title -> Text,
        description -> Text,
        time_zone -> Text,
        first_day -> Date,
        days -> Integer,
        window_start -> Text,
        window_end -> Text,
        breaks -> Text,
        slot_minutes -> Integer,
        gap_minutes -> Integer,
        booking_opens_at -> Timestamp,
        booking_closes_at -> Timestamp,
        request_mode -> Text,
        request_expiry_minutes -> Integer,
        daily_cap -> Integer,
        approval -> Text,
        status -> Text,
        published_at -> Nullable<Timestamp>,
        cancelled_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        sectors -> Text,
        buyer_countries -> Text,
        focus_states -> Text,
        focus_districts -> Text,
        producer_capacity -> Nullable<Integer>,
        buyer_capacity -> Nullable<Integer>,
        video_base -> Nullable<Text>,
    }
}

diesel::table! {
    event_banners (event_id) {
        event_id -> Text,
        hash -> Text,
        width -> Integer,
        height -> Integer,
        created_at -> Timestamp,
    }
}

diesel::table! {
    event_co_hosts (event_id, position) {
        event_id -> Text,
        position -> Integer,
        name -> Text,
        url -> Text,
    }
}

diesel::table! {
    event_organisers (event_id, user_id) {
        event_id -> Text,
        user_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    event_participants (id) {
        id -> Text,
        event_id -> Text,
        user_id -> Text,
        side -> Text,
        status -> Text,
        pitch -> Text,
        product_ids -> Text,
        time_zone -> Text,
        hours_start -> Text,
        hours_end -> Text,
        decision_note -> Nullable<Text>,
        decided_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        hosted -> Bool,
        hs_codes -> Text,
        volumes -> Text,
    }
}

diesel::table! {
    participant_hours (participant_id, day) {
        participant_id -> Text,
        day -> Date,
        hours_start -> Text,
        hours_end -> Text,
    }
}

diesel::table! {
    meetings (id) {
        id -> Text,
        event_id -> Text,
        requester_id -> Text,
        recipient_id -> Text,
        starts_at -> Timestamp,
        ends_at -> Timestamp,
        status -> Text,
        expires_at -> Nullable<Timestamp>,
        message -> Text,
        reason -> Nullable<Text>,
        uid -> Text,
        video_url -> Nullable<Text>,
        sequence -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        product_ids -> Text,
        proposed_starts_at -> Nullable<Timestamp>,
        proposed_by -> Nullable<Text>,
        cancelled_by -> Nullable<Text>,
    }
}

diesel::table! {
    meeting_holds (participant_id, slot_start) {
        participant_id -> Text,
        slot_start -> Timestamp,
        meeting_id -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    meeting_feeds (user_id) {
        user_id -> Text,
        token_hash -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    meeting_outcomes (meeting_id, participant_id) {
        meeting_id -> Text,
        participant_id -> Text,
        event_id -> Text,
        took_place -> Text,
        result -> Nullable<Text>,
        expected_minor -> Nullable<BigInt>,
        expected_currency -> Nullable<Text>,
        note -> Text,
        enquiry_id -> Nullable<Text>,
        follow_up -> Nullable<Text>,
        order_minor -> Nullable<BigInt>,
        order_currency -> Nullable<Text>,
        follow_up_note -> Text,
        followed_up_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    event_audit (id) {
        id -> Text,
        event_id -> Text,
        actor_id -> Text,
        action -> Text,
        meeting_id -> Nullable<Text>,
        detail -> Text,
        at -> Timestamp,
        facts -> Nullable<Text>,
    }
}

diesel::table! {
    enquiry_events (enquiry_id) {
        enquiry_id -> Text,
        event_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    enquiry_meetings (meeting_id) {
        meeting_id -> Text,
        enquiry_id -> Text,
        proposed_by -> Text,
        created_at -> Timestamp,
    }
}

diesel::joinable!(buyer_profiles -> users (user_id));
diesel::joinable!(rfq_recipients -> rfqs (rfq_id));
diesel::joinable!(saved_products -> products (product_id));
diesel::joinable!(saved_producers -> producers (producer_id));
diesel::joinable!(rfq_recipients -> producers (producer_id));
diesel::joinable!(enquiries -> producers (producer_id));
diesel::joinable!(enquiries -> products (product_id));
diesel::joinable!(enquiries -> rfqs (rfq_id));
diesel::joinable!(enquiry_messages -> enquiries (enquiry_id));
diesel::joinable!(quotes -> enquiries (enquiry_id));
diesel::joinable!(spam_reports -> enquiries (enquiry_id));
diesel::joinable!(event_banners -> events (event_id));
diesel::joinable!(event_co_hosts -> events (event_id));
diesel::joinable!(event_organisers -> events (event_id));
diesel::joinable!(event_participants -> events (event_id));
diesel::joinable!(event_participants -> users (user_id));
diesel::joinable!(participant_hours -> event_participants (participant_id));
diesel::joinable!(meetings -> events (event_id));
diesel::joinable!(meeting_holds -> meetings (meeting_id));
diesel::joinable!(meeting_feeds -> users (user_id));
diesel::joinable!(meeting_outcomes -> meetings (meeting_id));
diesel::joinable!(meeting_outcomes -> event_participants (participant_id));
diesel::joinable!(event_audit -> events (event_id));
diesel::joinable!(event_audit -> users (actor_id));
diesel::joinable!(enquiry_events -> enquiries (enquiry_id));
diesel::joinable!(enquiry_events -> events (event_id));
diesel::joinable!(enquiry_meetings -> enquiries (enquiry_id));
diesel::joinable!(enquiry_meetings -> meetings (meeting_id));

diesel::table! {
    showcases (id) {
        id -> Text,
        owner_id -> Text,
        slug -> Text,
        title -> Text,
        theme -> Text,
        pavilions -> Text,
        event_id -> Nullable<Text>,
        live_from -> Nullable<Timestamp>,
        live_until -> Nullable<Timestamp>,
        featured -> Bool,
        status -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    showcase_sections (id) {
        id -> Text,
        showcase_id -> Text,
        position -> Integer,
        name -> Text,
    }
}

diesel::table! {
    showcase_items (showcase_id, product_id) {
        showcase_id -> Text,
        product_id -> Text,
        position -> Integer,
        note -> Text,
        section_id -> Nullable<Text>,
        added_at -> Timestamp,
    }
}

diesel::table! {
    showcase_banners (showcase_id) {
        showcase_id -> Text,
        hash -> Text,
        width -> Integer,
        height -> Integer,
        alt_text -> Text,
        created_at -> Timestamp,
    }
}

diesel::joinable!(showcases -> users (owner_id));
diesel::joinable!(showcases -> events (event_id));
diesel::joinable!(showcase_sections -> showcases (showcase_id));
diesel::joinable!(showcase_items -> showcases (showcase_id));
diesel::joinable!(showcase_items -> products (product_id));
diesel::joinable!(showcase_banners -> showcases (showcase_id));

diesel::allow_tables_to_appear_in_same_query!(
    exchange_rates,
    states,
    districts,
    odop_products,
    gi_products,
    gi_product_states,
    hs_sections,
    hs_codes,
    hsn_codes,
    currencies,
    countries,
    jobs,
    users,
    user_tokens,
    api_tokens,
    sessions,
    known_devices,
    two_factor,
    recovery_codes,
    audit_events,
    rate_limits,
    producers,
    producer_reply_times,
    products,
    product_translations,
    producer_translations,
    product_images,
    moderation_decisions,
    buyer_profiles,
    rfqs,
    rfq_recipients,
    saved_products,
    saved_producers,
    enquiries,
    enquiry_messages,
    quotes,
    spam_reports,
    events,
    event_banners,
    event_co_hosts,
    event_organisers,
    event_participants,
    participant_hours,
    meetings,
    meeting_holds,
    meeting_feeds,
    meeting_outcomes,
    event_audit,
    enquiry_events,
    enquiry_meetings,
    showcases,
    showcase_sections,
    showcase_items,
    showcase_banners,
);

diesel::table! {
    meeting_wishes (from_id, to_id) {
        from_id -> Text,
        to_id -> Text,
        event_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    schedule_drafts (event_id) {
        event_id -> Text,
        min_per_producer -> Integer,
        max_share_percent -> Integer,
        per_buyer -> Integer,
        generated_by -> Text,
        generated_at -> Timestamp,
        published_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    draft_meetings (id) {
        id -> Text,
        event_id -> Text,
        buyer_id -> Text,
        producer_id -> Text,
        starts_at -> Timestamp,
        ends_at -> Timestamp,
        basis -> Text,
    }
}

diesel::table! {
    draft_unplaced (event_id, producer_id) {
        event_id -> Text,
        producer_id -> Text,
        why -> Text,
    }
}
