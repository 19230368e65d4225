/** E-mail through the host's SMTP server, for the modules that send it (reminders, sign-up). */
@org.springframework.modulith.NamedInterface("mail")
package org.legible.system.mail;
