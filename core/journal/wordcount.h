#pragma once

#include <QString>

namespace myfyrio {

struct Reflection;

/// Counts words as people count them in Welsh and English: a word is a run
/// of letters and digits, and an apostrophe inside it ("mae'r", "o’n",
/// "don't") does not split it (Unicode word boundaries, UAX #29).
namespace WordCount {

int of(const QString& text);
/// The words a reflection holds: its body, its guided answers and what it says about the system.
int of(const Reflection& reflection);

} // namespace WordCount

} // namespace myfyrio
