//! Enums of plain words (a channel's kind, a step of the CX cycle, a lane…) travel in files as
//! their camelCase names. `named_variants!` gives such an enum its code (the name), the variant
//! of a code, and serde's two directions through one shared visitor: the derived impls compiled a
//! field visitor and an enum visitor per enum and per deserializer (15 KB of WebAssembly for ten
//! enums), this compiles one visitor for all of them. Errors read as the derived ones did
//! ("unknown variant `robot`, expected one of `digital`, …").
use serde::de::{Error, Visitor};
use std::fmt;

/// Reads a string into its index in `names`, or fails as serde's derived enums do.
pub(crate) struct NameVisitor(pub &'static [&'static str]);

impl Visitor<'_> for NameVisitor {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("variant identifier")
    }

    fn visit_str<E: Error>(self, v: &str) -> Result<usize, E> {
        self.0
            .iter()
            .position(|n| *n == v)
            .ok_or_else(|| E::unknown_variant(v, self.0))
    }
}

/// `code`, `from_code`, `Serialize` and `Deserialize` for an enum of unit variants, each written
/// as the name given to it (the camelCase of the variant, as `rename_all` would have it).
macro_rules! named_variants {
    ($ty:ident { $($variant:ident = $name:literal),+ $(,)? }) => {
        impl $ty {
            /// The variant's name in files, CSV cells and select values.
            pub fn code(self) -> &'static str {
                match self {
                    $($ty::$variant => $name,)+
                }
            }

            /// The variant with this name.
            pub fn from_code(code: &str) -> Option<$ty> {
                const VARIANTS: &[$ty] = &[$($ty::$variant),+];
                const NAMES: &[&str] = &[$($name),+];
                NAMES.iter().position(|n| *n == code).map(|i| VARIANTS[i])
            }
        }

        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<$ty, D::Error> {
                const VARIANTS: &[$ty] = &[$($ty::$variant),+];
                const NAMES: &[&str] = &[$($name),+];
                d.deserialize_str($crate::model::named::NameVisitor(NAMES)).map(|i| VARIANTS[i])
            }
        }
    };
}
pub(crate) use named_variants;
