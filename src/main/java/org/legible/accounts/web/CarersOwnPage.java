package org.legible.accounts.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A page about the carer themselves (whom they help, switching back), open to them while they help someone. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface CarersOwnPage {}
