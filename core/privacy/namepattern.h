#pragma once

#include "core/privacy/protectednames.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace myfyrio {

/// One regular expression that finds any of the protected names: whole words,
/// ignoring case and accents, spaces between the parts of a name allowed to
/// vary, and each name also in its Welsh soft, nasal and aspirate mutations
/// and with the h- that comes before a vowel (ei hAnwen). A match must start
/// with a capital letter, as names do, so that "Rose" does not flag "rose".
class NamePattern
{
public:
    explicit NamePattern(const ProtectedNames& names);

    bool isEmpty() const { return m_empty; }
    const QRegularExpression& expression() const { return m_expression; }

    /// The forms a name can take at the start of a Welsh word after mutation,
    /// the name itself first: "Mair" → {"Mair", "Fair"}; "Catrin" → {"Catrin",
    /// "Gatrin", "Nghatrin", "Chatrin"}.
    static QStringList mutations(const QString& name);

private:
    QRegularExpression m_expression;
    bool m_empty = true;
};

} // namespace myfyrio
