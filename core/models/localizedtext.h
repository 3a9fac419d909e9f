#pragma once

#include <QJsonObject>
#include <QString>

namespace myfyrio {

/// A piece of user-visible text in both languages, as models store it.
struct LocalizedText {
    QString en;
    QString cy;

    /// The text in the given language ("cy" or "en"), falling back to the other one.
    QString in(const QString& language) const
    {
        const QString& wanted = language == QLatin1String("cy") ? cy : en;
        const QString& other = language == QLatin1String("cy") ? en : cy;
        return wanted.trimmed().isEmpty() ? other : wanted;
    }

    bool isComplete() const { return !en.trimmed().isEmpty() && !cy.trimmed().isEmpty(); }
    bool isEmpty() const { return en.trimmed().isEmpty() && cy.trimmed().isEmpty(); }

    static LocalizedText fromJson(const QJsonValue& value)
    {
        const QJsonObject object = value.toObject();
        return {object.value(QStringLiteral("en")).toString(), object.value(QStringLiteral("cy")).toString()};
    }

    QJsonObject toJson() const { return {{QStringLiteral("en"), en}, {QStringLiteral("cy"), cy}}; }

    friend bool operator==(const LocalizedText& a, const LocalizedText& b) { return a.en == b.en && a.cy == b.cy; }
    friend bool operator!=(const LocalizedText& a, const LocalizedText& b) { return !(a == b); }
};

} // namespace myfyrio
