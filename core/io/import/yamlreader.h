#pragma once

#include "core/io/import/yamlnode.h"
#include "core/util/expected.h"

#include <QByteArray>
#include <QCoreApplication>

namespace myfyrio {

/// Reads one YAML document with libyaml into YamlNodes.
///
/// It is made for files written by other programs and read without trust:
/// text that is not UTF-8 and YAML that libyaml refuses get a sentence naming
/// the file and line; nesting deeper than maxDepth and aliases (which can make a
/// small file expand without end) are refused; nothing recurses on the input.
class YamlReader
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::YamlReader)

public:
    static constexpr int maxDepth = 64;

    /// The first document of the bytes (an empty file is a null node). shownName names the file in messages;
    /// firstLine is the line of the file the bytes start on (for front matter).
    static Expected<YamlNode> parse(const QByteArray& bytes, const QString& shownName, int firstLine = 1);
};

} // namespace myfyrio
