//! `#[backend_test]`: one integration test body, run as two tests — on
//! SQLite and on PostgreSQL — so a failure names its backend, and the
//! PostgreSQL half shows as *ignored* (not passed) when `TEST_DATABASE_URL`
//! was not set for the build (see the package's `build.rs`, which sets the
//! `postgres_tests` cfg from it).
//!
//! ```ignore
//! #[backend_test]
//! async fn a_listing_is_saved(backend: Backend) {
//!     let app = TestApp::spawn(backend).await;
//!     …
//! }
//! ```
//! expands to a module `a_listing_is_saved` with the body as a function and
//! the tests `sqlite` and `postgres` calling it.

use proc_macro::TokenStream;
use quote::quote;
use syn::{ItemFn, parse_macro_input};

#[proc_macro_attribute]
pub fn backend_test(attr: TokenStream, item: TokenStream) -> TokenStream {
    let only_postgres = match attr.to_string().as_str() {
        "" => false,
        "postgres" => true,
        other => {
            return syn::Error::new(
                proc_macro2::Span::call_site(),
                format!("#[backend_test] takes nothing or `postgres`, not `{other}`"),
            )
            .to_compile_error()
            .into();
        }
    };
    let function = parse_macro_input!(item as ItemFn);
    if function.sig.inputs.len() != 1 {
        return syn::Error::new_spanned(
            &function.sig,
            "#[backend_test] goes on `async fn name(backend: Backend)` (or a plain `fn`)",
        )
        .to_compile_error()
        .into();
    }
    let name = &function.sig.ident;
    let attrs = &function.attrs;
    let asyncness = &function.sig.asyncness;
    let inputs = &function.sig.inputs;
    let body = &function.block;
    // An async body runs on the runtime the other tests use; a plain one as a plain test.
    let (test, call_suffix) = if asyncness.is_some() {
        (quote!(#[actix_web::test]), quote!(.await))
    } else {
        (quote!(#[test]), quote!())
    };
    let sqlite = (!only_postgres).then(|| {
        quote! {
            #test
            #asyncness fn sqlite() {
                run(crate::harness::Backend::Sqlite) #call_suffix
            }
        }
    });
    quote! {
        #(#attrs)*
        mod #name {
            #[allow(unused_imports)]
            use super::*;

            #asyncness fn run(#inputs) #body

            #sqlite

            #test
            #[cfg_attr(not(postgres_tests), ignore = "TEST_DATABASE_URL was not set when the tests were built")]
            #asyncness fn postgres() {
                run(crate::harness::Backend::Postgres) #call_suffix
            }
        }
    }
    .into()
}
