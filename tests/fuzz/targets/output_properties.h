// What must hold of an output whatever text went into it, checked inside
// the fuzz targets so that the fuzzer looks for counterexamples, not only
// for crashes. A broken property prints what broke and aborts, which
// libFuzzer reports as a crash and the corpus replay as a failed test.
#pragma once

#include <cstddef>
#include <string_view>

namespace hindsight::fuzz {

// The text parses as one JSON value.
void require_json(std::string_view text, const char* what);

// Each line parses as one JSON value.
void require_json_lines(std::string_view text, const char* what);

// RFC 4180 records of `fields` fields each, and no field a spreadsheet
// would run as a formula (one starting with =, +, -, @, TAB or CR).
void require_inert_csv(std::string_view text, std::size_t fields);

}  // namespace hindsight::fuzz
