CREATE TABLE states (
    lgd_code INTEGER PRIMARY KEY NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    iso_code TEXT NOT NULL
);

CREATE TABLE districts (
    lgd_code INTEGER PRIMARY KEY NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    state_code INTEGER NOT NULL REFERENCES states (lgd_code),
    census2011_code TEXT,
    subdistrict_count INTEGER,
    village_count INTEGER
);
CREATE INDEX districts_state_code ON districts (state_code);

CREATE TABLE odop_products (
    slug TEXT PRIMARY KEY NOT NULL,
    district_code INTEGER NOT NULL REFERENCES districts (lgd_code),
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    sector TEXT NOT NULL,
    gi_status BOOLEAN NOT NULL,
    ministry TEXT NOT NULL,
    description TEXT NOT NULL,
    source_district_name TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE INDEX odop_products_district_code ON odop_products (district_code);
CREATE INDEX odop_products_sector ON odop_products (sector);

CREATE TABLE gi_products (
    id INTEGER PRIMARY KEY NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    goods_category TEXT NOT NULL,
    origin TEXT NOT NULL,
    places TEXT NOT NULL
);

CREATE TABLE gi_product_states (
    gi_product_id INTEGER NOT NULL REFERENCES gi_products (id),
    state_code INTEGER NOT NULL REFERENCES states (lgd_code),
    PRIMARY KEY (gi_product_id, state_code)
);
CREATE INDEX gi_product_states_state_code ON gi_product_states (state_code);

CREATE TABLE hs_sections (
    code TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    position INTEGER NOT NULL
);

CREATE TABLE hs_codes (
    code TEXT PRIMARY KEY NOT NULL,
    description TEXT NOT NULL,
    parent_code TEXT,
    level INTEGER NOT NULL,
    section_code TEXT NOT NULL REFERENCES hs_sections (code)
);

CREATE TABLE hsn_codes (
    code TEXT PRIMARY KEY NOT NULL,
    digits INTEGER NOT NULL,
    chapter TEXT NOT NULL,
    description TEXT NOT NULL,
    in_hs2022 BOOLEAN
);

CREATE TABLE currencies (
    code TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    numeric_code TEXT NOT NULL,
    minor_unit INTEGER
);

CREATE TABLE countries (
    code TEXT PRIMARY KEY NOT NULL,
    alpha3 TEXT NOT NULL,
    numeric_code TEXT NOT NULL,
    name TEXT NOT NULL,
    region TEXT NOT NULL,
    sub_region TEXT NOT NULL,
    currency_code TEXT,
    dial_code TEXT
);
