CREATE TABLE producers (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL UNIQUE REFERENCES users (id),
    slug TEXT NOT NULL UNIQUE,
    business_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    district_code INTEGER NOT NULL REFERENCES districts (lgd_code),
    address TEXT NOT NULL,
    story TEXT NOT NULL,
    year_founded INTEGER,
    team_size INTEGER,
    languages TEXT NOT NULL,
    logo_hash TEXT,
    iec TEXT,
    gstin TEXT,
    udyam TEXT,
    certifications TEXT NOT NULL,
    ports_of_loading TEXT NOT NULL,
    incoterms TEXT NOT NULL,
    sample_policy TEXT NOT NULL,
    verified_at TIMESTAMP,
    verified_by TEXT REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX producers_district_code ON producers (district_code);

CREATE TABLE products (
    id TEXT PRIMARY KEY NOT NULL,
    producer_id TEXT NOT NULL REFERENCES producers (id),
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    sector TEXT NOT NULL,
    category TEXT NOT NULL,
    odop_product_slug TEXT REFERENCES odop_products (slug),
    hs_code TEXT,
    gi_product_id INTEGER REFERENCES gi_products (id),
    materials TEXT NOT NULL,
    moq INTEGER NOT NULL,
    moq_unit TEXT NOT NULL,
    price_min BIGINT NOT NULL,
    price_max BIGINT NOT NULL,
    currency TEXT NOT NULL REFERENCES currencies (code),
    monthly_capacity INTEGER,
    lead_time_days INTEGER NOT NULL,
    samples_available BOOLEAN NOT NULL,
    export_ready BOOLEAN NOT NULL,
    certifications TEXT NOT NULL,
    status TEXT NOT NULL,
    moderation_note TEXT,
    published_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX products_producer_id ON products (producer_id);
CREATE INDEX products_status ON products (status);
CREATE INDEX products_odop_product_slug ON products (odop_product_slug);

CREATE TABLE product_images (
    id TEXT PRIMARY KEY NOT NULL,
    product_id TEXT NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    hash TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    alt_text TEXT NOT NULL,
    position INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX product_images_product_id ON product_images (product_id);

CREATE TABLE moderation_decisions (
    id TEXT PRIMARY KEY NOT NULL,
    product_id TEXT NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    moderator_id TEXT NOT NULL REFERENCES users (id),
    decision TEXT NOT NULL,
    note TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX moderation_decisions_product_id ON moderation_decisions (product_id);
