#!/usr/bin/python
# -*- coding: utf-8 -*-
DOCUMENTATION = r"""
module: web_app_info
short_description: Reports the deployed release
"""
