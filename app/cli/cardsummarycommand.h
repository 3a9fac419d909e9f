#pragma once

#include <QStringList>

namespace myfyrio::cli {

class CliContext;

/// `myfyrio cards summary DIR [DIR]... [--json] [--from YYYY-MM] [--to YYYY-MM]
/// [--pdf FILE [--report-language en|cy|both] [--team NAME] [--overwrite]]`:
/// reads card folders (never writing to them) and prints the team's pattern,
/// or writes it as the Team learning summary PDF.
int runCardsSummary(CliContext& cli, const QStringList& arguments);

} // namespace myfyrio::cli
