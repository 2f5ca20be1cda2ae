// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace trato::Dialogs {

// The questions Trato asks before doing something that loses work or data. Real QMessageBoxes, with
// accessible names and Esc meaning the safe answer; tests answer them through the widget tree.

enum class Unsaved { Save, Discard, Cancel };
// "Save your changes to X?" with Save / Discard / Cancel.
Unsaved askUnsaved(QWidget *parent, const QString &what);

// A yes/no confirmation whose "yes" button says what happens (e.g. "Move to Trash"). Default: no.
bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &yesText);

void error(QWidget *parent, const QString &title, const QString &text);

} // namespace trato::Dialogs
