#pragma once

#include "core/cpd/cpdrecord.h"
#include "core/failure/failureplacement.h"
#include "core/journal/action.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace myfyrio {

/// A dated piece of writing about practice. Private unless the writer marks
/// it to bring to supervision.
struct Reflection {
    QString id; ///< UUID; empty until stored
    QString title;
    QDate date;        ///< the day the reflection is about (backdating allowed)
    QDateTime created; ///< UTC
    QDateTime updated; ///< UTC
    QString body;
    QStringList tags;                        ///< as the writer spelled them; unique ignoring case
    QString language = QStringLiteral("en"); ///< "cy" or "en"
    bool bringToSupervision = false;
    QString model = QStringLiteral("free");  ///< code of its reflective model (models/modelcatalog.h)
    QMap<QString, QString> answers;          ///< prompt code → answer; kept when the model changes
    QString scale;                           ///< system scale code (journal/systemscale.h), empty for none
    QVector<Action> actions;                 ///< "Now what?", in the order written
    bool dontResurface = false;              ///< never shown again by "On this day" and look-backs
    std::optional<FailurePlacement> failure; ///< where the event sits on the failure spectrum, if placed
    int revision = 0;                        ///< how many times it has been written (ReflectionStore)
    std::optional<CpdRecord> cpd;            ///< what makes it count as CPD, if it does

    bool isStored() const { return !id.isEmpty(); }
};

/// What a list of reflections is narrowed to. Empty members do not narrow.
struct ReflectionFilter {
    QString text;                ///< search in the query language of search/searchquery.h, as the user typed it
    QString tag;                 ///< one tag, matched ignoring case
    QDate from;                  ///< inclusive
    QDate to;                    ///< inclusive
    QString scale;               ///< system scale code
    QString failureReason;       ///< failure reason code (failure/failurespectrum.h)
    QString failureType;         ///< failure type code
    bool bestMatchFirst = false; ///< order by how well the text matches (exact forms first), not newest first

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && tag.isEmpty() && !from.isValid() && !to.isValid() && scale.isEmpty()
               && failureReason.isEmpty() && failureType.isEmpty();
    }
};

/// A row of a list: enough to show it without loading every body.
struct ReflectionSummary {
    QString id;
    QString title;
    QDate date;
    QDateTime created;
    QStringList tags;
    QString language;
    bool bringToSupervision = false;
    QString snippet;       ///< search matches marked with snippetMarkStart / snippetMarkEnd
    QString failureReason; ///< failure reason code when the event is placed on the spectrum, else empty
};

/// How many reflections fall in one month (the month's first day).
struct MonthCount {
    QDate month;
    int count = 0;
};

inline const QString& languageCodeWelsh()
{
    static const QString code = QStringLiteral("cy");
    return code;
}

inline const QString& languageCodeEnglish()
{
    static const QString code = QStringLiteral("en");
    return code;
}

} // namespace myfyrio
