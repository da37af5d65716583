use diesel::prelude::*;
use odop_bazaar::directory::{repo, seed};
use odop_bazaar::schema::{districts, odop_products};

use crate::harness::{Backend, TestApp};
use test_macros::backend_test;

#[backend_test]
async fn seeding_loads_the_real_directory_and_is_idempotent(backend: Backend) {
    // The server seeds an empty database at start-up.
    let app = TestApp::spawn(backend).await;
    let counts = app.db.read_blocking(repo::counts).unwrap();
    assert_eq!(counts.states, 36, "{backend:?}");
    assert_eq!(counts.districts, 787);
    assert_eq!(counts.odop_products, 1241);
    assert_eq!(counts.gi_products, 695);
    assert_eq!(counts.hs_codes, 6936, "HS 2022 without Comtrade's chapter 99");
    assert_eq!(counts.hsn_codes, 21561);
    assert_eq!(counts.countries, 249);
    assert!(
        counts.currencies > 150 && counts.currencies < 200,
        "{}",
        counts.currencies
    );

    // Seeding again inserts and updates nothing and leaves the counts as they were.
    let reports = app
        .db
        .write_blocking(|c| seed::seed_directory(c, &mut |_, _, _| {}))
        .unwrap();
    assert_eq!(reports.len(), seed::TABLE_COUNT);
    assert!(
        reports.iter().all(|r| r.inserted == 0 && r.updated == 0),
        "{reports:?}"
    );
    assert_eq!(app.db.read_blocking(repo::counts).unwrap(), counts);
    app.stop().await;
}

#[backend_test]
async fn odop_rows_join_on_the_corrected_lgd_code(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // Upstream lists Aurangabad's mango under LGD 377; the corrected code 469 is Chhatrapati Sambhajinagar.
    let (district, state): (String, i32) = app
        .db
        .read_blocking(|c| {
            odop_products::table
                .inner_join(districts::table)
                .filter(odop_products::name.eq("Marathwada Kesar Mango"))
                .select((districts::name, districts::state_code))
                .first::<(String, i32)>(c)
                .map_err(odop_bazaar::db::DbError::from)
        })
        .unwrap();
    assert_eq!(state, 27, "Maharashtra, not {district}");
    let source: String = app
        .db
        .read_blocking(|c| {
            odop_products::table
                .filter(odop_products::name.eq("Marathwada Kesar Mango"))
                .select(odop_products::source_district_name)
                .first::<String>(c)
                .map_err(odop_bazaar::db::DbError::from)
        })
        .unwrap();
    assert_eq!(source, "Aurangabad", "the ODOP list's spelling is kept");
    app.stop().await;
}
