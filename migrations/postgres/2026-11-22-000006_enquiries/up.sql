ALTER TABLE users ADD COLUMN suspended_at TIMESTAMP;

CREATE TABLE buyer_profiles (
    user_id TEXT PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    buyer_type TEXT NOT NULL,
    website TEXT NOT NULL,
    phone TEXT NOT NULL,
    sectors TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE rfqs (
    id TEXT PRIMARY KEY NOT NULL,
    buyer_id TEXT NOT NULL REFERENCES users (id),
    title TEXT NOT NULL,
    details TEXT NOT NULL,
    quantity BIGINT NOT NULL,
    unit TEXT NOT NULL,
    sector TEXT NOT NULL,
    category TEXT NOT NULL,
    state_codes TEXT NOT NULL,
    district_codes TEXT NOT NULL,
    hs_code TEXT,
    deadline DATE NOT NULL,
    closes_at TIMESTAMP NOT NULL,
    status TEXT NOT NULL,
    close_reason TEXT,
    review_note TEXT,
    reviewed_by TEXT REFERENCES users (id),
    reviewed_at TIMESTAMP,
    closed_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX rfqs_buyer_id ON rfqs (buyer_id);
CREATE INDEX rfqs_status ON rfqs (status);

CREATE TABLE rfq_recipients (
    rfq_id TEXT NOT NULL REFERENCES rfqs (id) ON DELETE CASCADE,
    producer_id TEXT NOT NULL REFERENCES producers (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (rfq_id, producer_id)
);
CREATE INDEX rfq_recipients_producer_id ON rfq_recipients (producer_id);

CREATE TABLE enquiries (
    id TEXT PRIMARY KEY NOT NULL,
    buyer_id TEXT NOT NULL REFERENCES users (id),
    producer_id TEXT NOT NULL REFERENCES producers (id),
    product_id TEXT REFERENCES products (id) ON DELETE SET NULL,
    rfq_id TEXT REFERENCES rfqs (id),
    subject TEXT NOT NULL,
    quantity BIGINT NOT NULL,
    unit TEXT NOT NULL,
    target_price BIGINT,
    currency TEXT REFERENCES currencies (code),
    incoterm TEXT,
    destination_country TEXT NOT NULL REFERENCES countries (code),
    destination_port TEXT NOT NULL,
    required_by DATE,
    sample_wanted BOOLEAN NOT NULL,
    status TEXT NOT NULL,
    outcome TEXT,
    buyer_unread INTEGER NOT NULL,
    producer_unread INTEGER NOT NULL,
    first_reply_at TIMESTAMP,
    reported_spam_at TIMESTAMP,
    last_activity_at TIMESTAMP NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (rfq_id, producer_id)
);
CREATE INDEX enquiries_buyer_id ON enquiries (buyer_id, last_activity_at);
CREATE INDEX enquiries_producer_id ON enquiries (producer_id, last_activity_at);

CREATE TABLE enquiry_messages (
    id TEXT PRIMARY KEY NOT NULL,
    enquiry_id TEXT NOT NULL REFERENCES enquiries (id) ON DELETE CASCADE,
    author_id TEXT NOT NULL REFERENCES users (id),
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX enquiry_messages_enquiry_id ON enquiry_messages (enquiry_id, created_at);

CREATE TABLE quotes (
    id TEXT PRIMARY KEY NOT NULL,
    enquiry_id TEXT NOT NULL REFERENCES enquiries (id) ON DELETE CASCADE,
    author_id TEXT NOT NULL REFERENCES users (id),
    unit_price BIGINT NOT NULL,
    currency TEXT NOT NULL REFERENCES currencies (code),
    moq BIGINT NOT NULL,
    moq_unit TEXT NOT NULL,
    lead_time_days INTEGER NOT NULL,
    incoterm TEXT NOT NULL,
    valid_until DATE NOT NULL,
    notes TEXT NOT NULL,
    status TEXT NOT NULL,
    decided_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX quotes_enquiry_id ON quotes (enquiry_id, created_at);

CREATE TABLE spam_reports (
    id TEXT PRIMARY KEY NOT NULL,
    enquiry_id TEXT NOT NULL REFERENCES enquiries (id) ON DELETE CASCADE,
    buyer_id TEXT NOT NULL REFERENCES users (id),
    reporter_id TEXT NOT NULL REFERENCES users (id),
    resolved_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX spam_reports_buyer_id ON spam_reports (buyer_id);
