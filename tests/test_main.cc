// The one Catch2 main for every unit test in tests/.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
