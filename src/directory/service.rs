//! What the directory pages and API show, assembled from the queries.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::error::DirectoryError;
use super::model::{DirectoryCounts, District, GiProduct, OdopProduct, Sector, State};
use super::repo;
use crate::db::{DbConnection, DbResult};

/// An ODOP product with its sector spelled out for display.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct OdopProductView {
    #[serde(flatten)]
    pub product: OdopProduct,
    pub sector_name: &'static str,
}

impl From<OdopProduct> for OdopProductView {
    fn from(product: OdopProduct) -> Self {
        let sector_name = product.sector().name();
        Self { product, sector_name }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct SectorSummary {
    pub slug: &'static str,
    pub name: &'static str,
    pub summary: &'static str,
    pub product_count: i64,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct StateSummary {
    #[serde(flatten)]
    pub state: State,
    pub district_count: i64,
    pub product_count: i64,
    pub gi_count: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Overview {
    pub counts: DirectoryCounts,
    pub gi_tagged_odop_products: i64,
    pub sectors: Vec<SectorSummary>,
    pub states: Vec<StateSummary>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct DistrictWithProducts {
    #[serde(flatten)]
    pub district: District,
    pub products: Vec<OdopProductView>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct StateDetail {
    pub state: State,
    pub districts: Vec<DistrictWithProducts>,
    pub product_count: usize,
    pub gi_products: Vec<GiProduct>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct DistrictDetail {
    pub district: District,
    pub state: State,
    pub products: Vec<OdopProductView>,
    /// Other districts of the same state, for onward browsing.
    pub neighbours: Vec<District>,
    /// GIs registered for the district's state (the register names no districts).
    pub state_gi_products: Vec<GiProduct>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SectorProduct {
    #[serde(flatten)]
    pub product: OdopProduct,
    pub district_name: String,
    pub district_slug: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct SectorStateGroup {
    pub state: State,
    pub products: Vec<SectorProduct>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SectorDetail {
    pub sector: SectorSummary,
    pub states: Vec<SectorStateGroup>,
    pub gi_tagged: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct GiGroup {
    /// `None` for GIs registered from abroad.
    pub state: Option<State>,
    pub products: Vec<GiProduct>,
}

#[derive(Debug, Clone, Serialize)]
pub struct GiCategoryCount {
    pub name: String,
    pub slug: String,
    pub count: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct GiRegister {
    pub groups: Vec<GiGroup>,
    pub categories: Vec<GiCategoryCount>,
    /// The category slug the register is filtered on, if any.
    pub category: Option<String>,
    pub total: usize,
}

fn sector_summary(sector: Sector, counts: &HashMap<String, i64>) -> SectorSummary {
    SectorSummary {
        slug: sector.slug(),
        name: sector.name(),
        summary: sector.summary(),
        product_count: counts.get(sector.slug()).copied().unwrap_or(0),
    }
}

pub fn state_summaries(conn: &mut DbConnection) -> Result<Vec<StateSummary>, DirectoryError> {
    let districts = repo::district_counts_by_state(conn)?;
    let products = repo::product_counts_by_state(conn)?;
    let gis = repo::gi_counts_by_state(conn)?;
    Ok(repo::all_states(conn)?
        .into_iter()
        .map(|state| StateSummary {
            district_count: districts.get(&state.lgd_code).copied().unwrap_or(0),
            product_count: products.get(&state.lgd_code).copied().unwrap_or(0),
            gi_count: gis.get(&state.lgd_code).copied().unwrap_or(0),
            state,
        })
        .collect())
}

pub fn overview(conn: &mut DbConnection) -> Result<Overview, DirectoryError> {
    let sector_counts = repo::product_counts_by_sector(conn)?;
    Ok(Overview {
        counts: repo::counts(conn)?,
        gi_tagged_odop_products: repo::gi_tagged_odop_count(conn)?,
        sectors: Sector::ALL
            .into_iter()
            .map(|s| sector_summary(s, &sector_counts))
            .collect(),
        states: state_summaries(conn)?,
    })
}

pub fn state_detail(conn: &mut DbConnection, slug: &str) -> Result<StateDetail, DirectoryError> {
    let state = repo::state_by_slug(conn, slug)?.ok_or_else(|| DirectoryError::NotFound {
        kind: "state",
        slug: slug.to_owned(),
    })?;
    let mut by_district: HashMap<i32, Vec<OdopProductView>> = HashMap::new();
    let products = repo::products_of_state(conn, state.lgd_code)?;
    let product_count = products.len();
    for product in products {
        by_district
            .entry(product.district_code)
            .or_default()
            .push(product.into());
    }
    let districts = repo::districts_of_state(conn, state.lgd_code)?
        .into_iter()
        .map(|district| DistrictWithProducts {
            products: by_district.remove(&district.lgd_code).unwrap_or_default(),
            district,
        })
        .collect();
    Ok(StateDetail {
        gi_products: repo::gi_products_of_state(conn, state.lgd_code)?,
        state,
        districts,
        product_count,
    })
}

pub fn district_detail(conn: &mut DbConnection, slug: &str) -> Result<DistrictDetail, DirectoryError> {
    let district = repo::district_by_slug(conn, slug)?.ok_or_else(|| DirectoryError::NotFound {
        kind: "district",
        slug: slug.to_owned(),
    })?;
    let state = repo::state_by_code(conn, district.state_code)?;
    let products = repo::products_of_district(conn, district.lgd_code)?
        .into_iter()
        .map(Into::into)
        .collect();
    let neighbours = repo::districts_of_state(conn, state.lgd_code)?
        .into_iter()
        .filter(|d| d.lgd_code != district.lgd_code)
        .collect();
    Ok(DistrictDetail {
        state_gi_products: repo::gi_products_of_state(conn, state.lgd_code)?,
        district,
        state,
        products,
        neighbours,
    })
}

pub fn sector_detail(conn: &mut DbConnection, slug: &str) -> Result<SectorDetail, DirectoryError> {
    let sector = Sector::from_slug(slug).ok_or_else(|| DirectoryError::NotFound {
        kind: "sector",
        slug: slug.to_owned(),
    })?;
    let rows = repo::products_of_sector(conn, sector)?;
    let gi_tagged = rows.iter().filter(|(p, _, _)| p.gi_status).count();
    let mut groups: Vec<SectorStateGroup> = Vec::new();
    for (product, district, state) in rows {
        let item = SectorProduct {
            product,
            district_name: district.name,
            district_slug: district.slug,
        };
        match groups.last_mut() {
            Some(group) if group.state.lgd_code == state.lgd_code => group.products.push(item),
            _ => groups.push(SectorStateGroup {
                state,
                products: vec![item],
            }),
        }
    }
    let total = groups.iter().map(|g| g.products.len() as i64).sum();
    Ok(SectorDetail {
        sector: SectorSummary {
            slug: sector.slug(),
            name: sector.name(),
            summary: sector.summary(),
            product_count: total,
        },
        states: groups,
        gi_tagged,
    })
}

/// The GI register grouped by state (a GI of several states appears under
/// each), optionally narrowed to one goods category by its slug.
/// The GI register's goods categories, by name, with how many GIs each holds.
fn gi_categories(products: &[GiProduct]) -> Vec<GiCategoryCount> {
    let mut category_counts: BTreeMap<String, usize> = BTreeMap::new();
    for p in products {
        *category_counts.entry(p.goods_category.clone()).or_default() += 1;
    }
    category_counts
        .into_iter()
        .map(|(name, count)| GiCategoryCount {
            slug: super::source::slugify(&name),
            name,
            count,
        })
        .collect()
}

/// The slugs of the GI register's goods categories (`/gi?category=…`).
pub fn gi_category_slugs(conn: &mut DbConnection) -> DbResult<Vec<String>> {
    let products = repo::all_gi_products(conn)?;
    Ok(gi_categories(&products).into_iter().map(|c| c.slug).collect())
}

pub fn gi_register(conn: &mut DbConnection, category: Option<&str>) -> Result<GiRegister, DirectoryError> {
    let products = repo::all_gi_products(conn)?;
    let categories = gi_categories(&products);
    let category = match category {
        Some(slug) if !categories.iter().any(|c| c.slug == slug) => {
            return Err(DirectoryError::NotFound {
                kind: "gi_category",
                slug: slug.to_owned(),
            });
        }
        other => other.map(str::to_owned),
    };
    let wanted: Vec<GiProduct> = products
        .into_iter()
        .filter(|p| {
            category
                .as_deref()
                .is_none_or(|c| super::source::slugify(&p.goods_category) == c)
        })
        .collect();
    let total = wanted.len();
    let by_id: HashMap<i32, &GiProduct> = wanted.iter().map(|p| (p.id, p)).collect();
    let mut per_state: HashMap<i32, Vec<GiProduct>> = HashMap::new();
    for (gi_id, state_code) in repo::gi_state_links(conn)? {
        if let Some(p) = by_id.get(&gi_id) {
            per_state.entry(state_code).or_default().push((*p).clone());
        }
    }
    let mut groups: Vec<GiGroup> = repo::all_states(conn)?
        .into_iter()
        .filter_map(|state| {
            let mut products = per_state.remove(&state.lgd_code)?;
            products.sort_by(|a, b| a.name.cmp(&b.name));
            Some(GiGroup {
                state: Some(state),
                products,
            })
        })
        .collect();
    let foreign: Vec<GiProduct> = wanted.iter().filter(|p| p.origin == "foreign").cloned().collect();
    if !foreign.is_empty() {
        groups.push(GiGroup {
            state: None,
            products: foreign,
        });
    }
    Ok(GiRegister {
        groups,
        categories,
        category,
        total,
    })
}
