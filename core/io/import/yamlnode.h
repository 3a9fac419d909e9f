#pragma once

#include <QString>
#include <QVector>

namespace myfyrio {

/// One node of a YAML document as libyaml reads it: a scalar, a sequence or a
/// mapping (kept as key, value, key, value… in the order written), with the
/// line it starts on for messages.
struct YamlNode {
    enum class Kind { Null, Scalar, Sequence, Mapping };

    Kind kind = Kind::Null;
    QString text;         ///< a scalar's value
    bool plain = false;   ///< a scalar written without quotes (so "~", "null" and "" mean nothing)
    bool tooLong = false; ///< a scalar longer than any entry may be, whose text was not kept
    int line = 0;         ///< from 1
    QVector<YamlNode> children;

    bool isMapping() const { return kind == Kind::Mapping; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isScalar() const { return kind == Kind::Scalar && !isNull(); }
    /// An absent value: "~", "null", an empty plain scalar.
    bool isNull() const
    {
        return kind == Kind::Null
               || (kind == Kind::Scalar && plain && !tooLong
                   && (text.isEmpty() || text == QLatin1String("~")
                       || text.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0));
    }
    /// "true", "yes", "on" (YAML 1.1 as PyYAML writes it).
    bool isTrue() const
    {
        return kind == Kind::Scalar
               && (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
                   || text.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0
                   || text.compare(QLatin1String("on"), Qt::CaseInsensitive) == 0);
    }

    /// A mapping's number of entries.
    qsizetype pairs() const { return isMapping() ? children.size() / 2 : 0; }
    const YamlNode& keyAt(qsizetype i) const { return children.at(2 * i); }
    const YamlNode& valueAt(qsizetype i) const { return children.at(2 * i + 1); }

    /// The value of a mapping's key (compared ignoring case), or null when there is none.
    const YamlNode* value(const QString& key) const
    {
        for (qsizetype i = 0; i < pairs(); ++i) {
            if (keyAt(i).kind == Kind::Scalar && keyAt(i).text.compare(key, Qt::CaseInsensitive) == 0)
                return &valueAt(i);
        }
        return nullptr;
    }
};

} // namespace myfyrio
