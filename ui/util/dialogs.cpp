// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs.h"

#include <QCoreApplication>
#include <QPushButton>

namespace trato::Dialogs {

namespace {
// Gives this file's strings their own translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(trato::Dialogs)
};
} // namespace

Unsaved askUnsaved(QWidget *parent, const QString &what)
{
    QMessageBox box(QMessageBox::Warning, Text::tr("Unsaved changes"),
                    Text::tr("Save your changes to %1?").arg(what),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("unsavedChangesPrompt"));
    box.setAccessibleName(box.windowTitle());
    box.setInformativeText(Text::tr("If you don't save, your changes will be lost."));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        return Unsaved::Save;
    case QMessageBox::Discard:
        return Unsaved::Discard;
    default:
        return Unsaved::Cancel;
    }
}

bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &yesText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmPrompt"));
    box.setAccessibleName(title);
    QPushButton *yes = box.addButton(yesText, QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

void error(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("errorMessage"));
    box.setAccessibleName(title);
    box.exec();
}

} // namespace trato::Dialogs
