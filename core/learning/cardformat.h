#pragma once

#include "core/learning/learningcard.h"
#include "core/util/expected.h"

#include <QByteArray>
#include <QCoreApplication>

namespace myfyrio {

/// What one .myfyrio-card file holds: a card, or the record that the card
/// with this id was withdrawn (which replaces the card's file, so that every
/// copy of the folder can honour it).
struct CardFile {
    LearningCard card; ///< for a withdrawal, only the id is set
    bool withdrawn = false;
};

/// The .myfyrio-card file: one learning card as UTF-8 JSON
/// ({"format":"myfyrio-card","formatVersion":1,"id":…,…}), or a withdrawal
/// ({"format":"myfyrio-card","formatVersion":1,"id":…,"withdrawn":true}).
///
/// parse() is strict, because card folders are shared and anyone with access
/// to one can put any file in it: every member must be of its kind, within its
/// length, and every code one this version knows; anything else refuses the
/// whole file. The limits are generous for what a writer types into a card.
class CardFormat
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::CardFormat)

public:
    static QString suffix() { return QStringLiteral("myfyrio-card"); }
    static QString formatName() { return QStringLiteral("myfyrio-card"); }
    static constexpr int formatVersion = 1;

    /// A card file is never bigger than this; a bigger file is not read at all.
    static constexpr qint64 maximumFileBytes = 64 * 1024;
    static constexpr int maximumTitle = 200;
    static constexpr int maximumLesson = 4000;
    static constexpr int maximumEnabling = 1000;
    static constexpr int maximumTags = 20;
    static constexpr int maximumTag = 80;
    static constexpr int maximumAuthor = 60;

    /// "<id>.myfyrio-card": the name of the card's file in a folder.
    static QString fileName(const QString& cardId);

    static QByteArray serialize(const LearningCard& card);
    static QByteArray serializeWithdrawal(const QString& cardId);
    /// The card, a withdrawal, or a sentence saying why the bytes are not a card file.
    static Expected<CardFile> parse(const QByteArray& bytes);

    /// A sentence saying what keeps a card from being written, or empty when it can be.
    static QString validate(const LearningCard& card);

    /// A card id as every file writes it: a lowercase UUID without braces.
    static bool isCardId(const QString& text);
    /// "2024-03" for the month of a date.
    static QString monthText(const QDate& month);
    /// The first day of a "YYYY-MM" month (years 1900 to 9999), or an invalid date.
    static QDate monthFromText(const QString& text);
};

} // namespace myfyrio
