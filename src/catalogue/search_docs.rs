//! Published listings as search documents: what the index is built from.

use diesel::prelude::*;

use super::model::{Producer, Product};
use super::repo;
use super::values::{Minor, ProductStatus};
use crate::db::{DbConnection, DbResult};
use crate::directory::Sector;
use crate::directory::model::{District, State};
use crate::schema::{districts, gi_products, odop_products, producers, products, states};
use crate::search::ProductDocument;
use crate::search::model::DocumentTranslation;
use crate::search::suggest::Popularity;

/// A published product with its producer, place, ODOP name and GI name.
type DocumentRow = (Product, Producer, District, State, Option<String>, Option<String>);

/// Documents for those of `ids` that are published; ids without a document
/// should leave the index.
pub fn search_documents(conn: &mut DbConnection, ids: &[String]) -> DbResult<Vec<ProductDocument>> {
    let mut documents = Vec::with_capacity(ids.len());
    // Prices in euros at the stored rates: storing new rates re-indexes every listing.
    let rates = crate::currency::rates::latest(conn)?;
    let in_eur = |major: f64, currency: &str| {
        let currency = crate::currency::Currency::parse(currency)?;
        rates.as_ref()?.to_eur(major, currency)
    };
    for chunk in ids.chunks(500) {
        let rows: Vec<DocumentRow> = products::table
            .inner_join(producers::table.inner_join(districts::table.inner_join(states::table)))
            .left_join(
                odop_products::table.on(odop_products::slug.nullable().eq(products::odop_product_slug)),
            )
            .left_join(gi_products::table.on(gi_products::id.nullable().eq(products::gi_product_id)))
            .filter(products::id.eq_any(chunk))
            .filter(products::status.eq(ProductStatus::Published))
            .select((
                Product::as_select(),
                Producer::as_select(),
                District::as_select(),
                State::as_select(),
                odop_products::name.nullable(),
                gi_products::name.nullable(),
            ))
            .load(conn)?;
        let chunk_ids: Vec<String> = rows.iter().map(|r| r.0.id.to_string()).collect();
        let mut covers = repo::cover_images(conn, &chunk_ids)?;
        let mut translations = repo::translations_of_products(conn, &chunk_ids)?;
        let digits = repo::currency_digits_of(conn, rows.iter().map(|r| r.0.currency.as_str()))?;
        for (product, producer, district, state, odop_name, gi_name) in rows {
            let d = digits.get(&product.currency).copied().unwrap_or(2);
            let cover = covers.remove(product.id.as_str());
            documents.push(ProductDocument {
                sector_name: Sector::from_slug(&product.sector)
                    .map_or("Other products", Sector::name)
                    .to_owned(),
                hs_chapter: product.hs_code.as_ref().map(|c| c[..2].to_owned()),
                image: cover
                    .as_ref()
                    .map(|c| crate::media::url_path(&c.hash, 320, crate::media::Format::Jpeg)),
                image_alt: cover.map(|c| c.alt_text),
                price_min: Minor(product.price_min).as_major(d),
                price_max: Minor(product.price_max).as_major(d),
                price_min_eur: in_eur(Minor(product.price_min).as_major(d), &product.currency),
                price_max_eur: in_eur(Minor(product.price_max).as_major(d), &product.currency),
                published_at: product.published_at.map_or(0, |t| t.and_utc().timestamp()),
                gi_tagged: product.gi_product_id.is_some(),
                id: product.id.to_string(),
                slug: product.slug,
                title: product.title,
                description: product.description,
                odop_name,
                producer_name: producer.business_name.clone(),
                producer_slug: producer.slug.clone(),
                producer_verified: producer.is_verified(),
                district_name: district.name,
                district_slug: district.slug,
                state_name: state.name,
                state_slug: state.slug,
                sector: product.sector,
                category: product.category,
                gi_name,
                materials: product.materials,
                export_ready: product.export_ready,
                moq: i64::from(product.moq),
                moq_unit: product.moq_unit,
                currency: product.currency,
                hs_code: product.hs_code,
                language: product.language,
                translations: translations
                    .remove(product.id.as_str())
                    .unwrap_or_default()
                    .into_iter()
                    .map(|t| DocumentTranslation {
                        language: t.language,
                        title: t.title,
                        description: t.description,
                    })
                    .collect(),
            });
        }
    }
    Ok(documents)
}

/// Ids of published listings after `after` (in id order), for batched reindexing.
pub fn published_ids(conn: &mut DbConnection, after: Option<&str>, limit: i64) -> DbResult<Vec<String>> {
    let mut query = products::table
        .filter(products::status.eq(ProductStatus::Published))
        .order(products::id)
        .limit(limit)
        .select(products::id)
        .into_boxed();
    if let Some(after) = after {
        query = query.filter(products::id.gt(after.to_owned()));
    }
    Ok(query.load(conn)?)
}

/// Published listings per district, ODOP product and GI: how popular each of
/// the directory's names is among suggestions (`search::suggest`).
pub fn listing_counts(conn: &mut DbConnection) -> DbResult<Popularity> {
    use diesel::dsl::count_star;
    let published = products::status.eq(ProductStatus::Published);
    let by_district = products::table
        .inner_join(producers::table)
        .filter(published)
        .group_by(producers::district_code)
        .select((producers::district_code, count_star()))
        .load::<(i32, i64)>(conn)?
        .into_iter()
        .collect();
    let by_odop = products::table
        .filter(published)
        .filter(products::odop_product_slug.is_not_null())
        .group_by(products::odop_product_slug)
        .select((products::odop_product_slug, count_star()))
        .load::<(Option<String>, i64)>(conn)?
        .into_iter()
        .filter_map(|(slug, count)| slug.map(|slug| (slug, count)))
        .collect();
    let by_gi = products::table
        .filter(published)
        .filter(products::gi_product_id.is_not_null())
        .group_by(products::gi_product_id)
        .select((products::gi_product_id, count_star()))
        .load::<(Option<i32>, i64)>(conn)?
        .into_iter()
        .filter_map(|(id, count)| id.map(|id| (id, count)))
        .collect();
    Ok(Popularity {
        by_district,
        by_odop,
        by_gi,
    })
}
