//! Any bytes through the load pipeline (map files and backups): no panic, and every invariant of
//! `patika::format::invariants::check_import` holds.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| patika::format::invariants::check_import(data));
