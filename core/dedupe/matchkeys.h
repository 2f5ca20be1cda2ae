// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace trato::MatchKeys {

// The keys duplicates are recognised by: two records that share a key are candidates. Each key is a
// normal form of what people type, so "ANA@Example.com " and "ana@example.com", "600 11 22 33" and
// "+34 600112233", "Ruiz, Ana" and "Ana Ruiz", "Hierros Ruiz S.L." and "HIERROS RUIZ" compare equal.
// Everything here is pure (no database, no settings): callers pass the phone region.

// Trimmed and lower-cased; exact otherwise (no gmail dot folding: a different address is a
// different address). Empty for empty input.
QString email(const QString &text);

// E.164 ("+34600112233") read with libphonenumber for the given ISO region ("ES"); a number that
// is not valid there falls back to its digits only ("12" -> "12"). Empty when there are no digits.
QString phone(const QString &text, const QString &region);

// A cheap approximation of phone() without libphonenumber's parser (~40 µs a number): formatting
// removed, the international prefix ("+", "00", the region's own) or the region's trunk prefix
// handled, the region's country code prepended. Equal phone() keys almost always give equal
// buckets; the whole-table scan buckets by it and then checks each bucket with phone().
QString phoneBucket(const QString &text, const QString &region);

// The index lookups for a phone key: the digit strings under which that number may be stored
// ("34600112233", "0034600112233", "600112233", ...), compared against SchemaBuilder's digits-only
// expression index.
QStringList phoneDigitVariants(const QString &phoneKey, const QString &region);

// Words accent-folded, lower-cased, punctuation removed, sorted: "Ruiz-Peña, José" and
// "jose pena ruiz" give "jose pena ruiz".
QString name(const QString &text);
QStringList nameWords(const QString &text);

// name() without legal forms and their abbreviations (S.L., S.A., SLU, Ltd, Inc, GmbH, "Sociedad
// Limitada", ...): "Hierros Ruiz, S.L." and "hierros ruiz" give "hierros ruiz".
QString company(const QString &text);

// Region helpers: upper-cased two-letter ISO code, or "" when libphonenumber does not know it.
QString normalizedRegion(const QString &region);
// The system locale's territory ("ES" for es_ES), "US" when it has none that libphonenumber knows.
QString systemRegion();
// Every region libphonenumber supports, sorted (for the Settings combo and CLI errors).
QStringList supportedRegions();
// The country calling code of a region (34 for ES), 0 if unknown.
int countryCode(const QString &region);

} // namespace trato::MatchKeys
