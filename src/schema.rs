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
    audit_events (id) {
        id -> Text,
        user_id -> Nullable<Text>,
        actor_id -> Nullable<Text>,
        event -> Text,
        detail -> Text,
        ip -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    rate_limits (bucket, window_start) {
        bucket -> Text,
        window_start -> Timestamp,
        hits -> Integer,
    }
}

diesel::joinable!(districts -> states (state_code));
diesel::joinable!(user_tokens -> users (user_id));
diesel::joinable!(users -> countries (country_code));
diesel::joinable!(odop_products -> districts (district_code));
diesel::joinable!(gi_product_states -> gi_products (gi_product_id));
diesel::joinable!(gi_product_states -> states (state_code));
diesel::joinable!(hs_codes -> hs_sections (section_code));

diesel::allow_tables_to_appear_in_same_query!(
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
    audit_events,
    rate_limits,
);
