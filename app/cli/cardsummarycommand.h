#pragma once

#include <QStringList>

namespace myfyrio::cli {

class CliContext;

/// `myfyrio cards summary DIR [DIR]... [--json] [--from YYYY-MM] [--to YYYY-MM]`:
/// reads card folders (never writing to them) and prints the team's pattern.
int runCardsSummary(CliContext& cli, const QStringList& arguments);

} // namespace myfyrio::cli
